// The printed documents' data, one function (and one channel call) per document.
export { companyBrief, companyReport } from './company';
export { tripDossier, tripReport } from './trip';
export { weeklyReport } from './weekly';
export { targetReport } from './targets';
