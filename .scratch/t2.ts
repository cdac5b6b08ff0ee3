import { headingOf, provisionExists, checkProvision, hasNormData } from '../src/citations/norms.ts';
console.log(headingOf({law:'AufenthG',paragraph:'81'}), provisionExists({law:'AufenthG',unit:'§',paragraph:'104c'}), provisionExists({law:'AufenthG',unit:'§',paragraph:'104z'}));
console.log(checkProvision({law:'AufenthG',unit:'§',paragraph:'104z'}), checkProvision({law:'AufenthG',unit:'§',paragraph:'62d'}), checkProvision({law:'Foo',unit:'§',paragraph:'1'}), hasNormData('GG'), headingOf({law:'StAG', paragraph:'10'}));
