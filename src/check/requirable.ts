// The fields `check --require` accepts.
export const REQUIRABLE = ['leaders', 'leadUnits', 'coUnits', 'deadline', 'title', 'number', 'text', 'sections'] as const;
