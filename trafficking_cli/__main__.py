import sys

from trafficking_cli.cli.app import main

sys.exit(main())
