/** Where the one-page referral guide is shown for printing (outside the app's chrome). */
export const REFERRAL_GUIDE_PRINT_PATH = '/print/referral-guide';
