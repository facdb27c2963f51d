import EzboardCLI

Startup.mark("main")
Ezboard.main()
