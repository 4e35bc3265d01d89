export * from './staff';
export * from './teams';
