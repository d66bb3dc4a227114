from quotekit.cli import main

raise SystemExit(main())
