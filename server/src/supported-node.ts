// Imported first by every entry point (server, scripts, benchmarks), before anything that could fail on an old Node.
import { requireSupportedNode } from './runtime.js';

requireSupportedNode();
