import { personNameKeys, queryNameKeys, nameTokens } from '../server/src/platform/search/keys.js';
console.log(personNameKeys('John', 'Smith'));
console.log(queryNameKeys(nameTokens('Jon Smyth')));
console.log(personNameKeys('Muhammad', 'Khan').slice(0,5), queryNameKeys(['mohamed','khan']).slice(0,5));
