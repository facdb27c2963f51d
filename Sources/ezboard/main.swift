import EzboardCLI

Ezboard.main()
