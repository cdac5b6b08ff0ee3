/** The one localStorage key of the onboarding progress (versioned with the file format). */
export const STORAGE_KEY_NAME = 'lotse:progress:v1';
