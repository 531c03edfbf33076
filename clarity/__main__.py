from clarity.cli import main

main()
