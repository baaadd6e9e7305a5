// Reporter names, kept apart from the reporters so the command line can list them without loading them.
export const REPORTER_NAMES = ['stylish', 'json', 'junit', 'github'] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];
