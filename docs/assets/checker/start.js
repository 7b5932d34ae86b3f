// Starts the checker's worker from the page's <head>, on pages whose checker starts without
// waiting for the visitor (hooks/checker_assets.py adds this script there): Python loads while
// the rest of the page, the theme's scripts and the widget's modules arrive. The widget
// (widget.js) finds this worker running, since client.js is one module per page.

import { startChecker } from "./client.js";

// The build adds where Python's big files are to this script's address (WORKER_HINTS).
startChecker(new URL(import.meta.url).searchParams);
