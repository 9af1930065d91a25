from trafficking_cli.cli.app import main

main()
