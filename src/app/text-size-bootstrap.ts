/**
 * Imported first by main.tsx: puts the large-text class on <html> before React renders anything, so the
 * page never flashes at the small size (the CSP forbids an inline script in index.html).
 */
import { applyLargeText, readLargeText } from "./text-size";

applyLargeText(readLargeText());
