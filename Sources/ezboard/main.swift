import EzboardCLI
