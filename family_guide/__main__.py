from family_guide.cli import main

raise SystemExit(main())
