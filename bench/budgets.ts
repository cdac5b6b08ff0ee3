/** The budgets of issue #9 (2-core machine, 5,000 documents) and how a figure is compared. */
export interface Budget {
  key: string;
  label: string;
  unit: string;
  limit: number;
  /** Only enforced for the corpus size the budget was set for. */
  forDocuments?: number;
}

export const BUDGETS: Budget[] = [
  { key: 'buildWallSeconds', label: 'Build (wall)', unit: 's', limit: 35, forDocuments: 5000 },
  { key: 'buildPeakMemoryMB', label: 'Build peak memory', unit: 'MB', limit: 2000, forDocuments: 5000 },
  { key: 'largestPageKB', label: 'Largest page HTML', unit: 'KB', limit: 60 },
  { key: 'medianPageKB', label: 'Median page (HTML+CSS+JS, gzip)', unit: 'KB', limit: 25 },
  { key: 'docPageJsKB', label: 'JS on a document page (gzip)', unit: 'KB', limit: 15 },
  { key: 'distMB', label: 'dist/ size', unit: 'MB', limit: 150, forDocuments: 5000 },
  { key: 'firstQueryKB', label: 'Search: first query (gzip)', unit: 'KB', limit: 200 },
  { key: 'medianLatencyMs', label: 'Search: keystroke → results (median)', unit: 'ms', limit: 150 },
  { key: 'checkSeconds', label: 'npm run check', unit: 's', limit: 10, forDocuments: 5000 },
];
