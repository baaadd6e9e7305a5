/** Page limit of the fixed-layout readers (PDF, OFD). */
export const MAX_PDF_PAGES = 2000;
