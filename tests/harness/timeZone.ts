/** The zone every test runs in, on both the Node side and the browser: the users' own. */
export const OFFICE_TIME_ZONE = 'Asia/Shanghai';
