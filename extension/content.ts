/**
 * PLACEHOLDER written by the extension engineer so `vite build` has a content entry. The page
 * engineer owns this file and replaces it whole (article reading, highlights, hovercard).
 */
export {};
