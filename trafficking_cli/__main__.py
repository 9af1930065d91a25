import sys

from trafficking_cli.cli.launch import main

sys.exit(main())
