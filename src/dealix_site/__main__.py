from dealix_site.cli import main

raise SystemExit(main())
