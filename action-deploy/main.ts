import { notAvailableYet } from '../shared/github/action.js';

void notAvailableYet('psml deploy');
