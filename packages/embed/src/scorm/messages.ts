import { defineCatalog } from '@plc-kit/core';

export const scormMessages = defineCatalog(
  {
    connected: 'Connected to your learning platform: your answers are saved there as you go.',
    resumed: 'Welcome back: your earlier answers are restored.',
    noLms: 'No learning platform found: your answers are kept in this browser only.',
    recorded: 'Your result ({score} %) is recorded on your learning platform.',
    completed: 'Finished: recorded on your learning platform.',
    tooLong: 'Your answers are too long for your learning platform to keep; the latest changes may not be saved.',
    lmsError: 'Your learning platform refused to save ({code}: {message}).',
  },
  {
    connected: 'Wedi cysylltu â’ch platfform dysgu: caiff eich atebion eu cadw yno wrth i chi fynd.',
    resumed: 'Croeso’n ôl: mae eich atebion blaenorol wedi’u hadfer.',
    noLms: 'Dim platfform dysgu i’w gael: dim ond yn y porwr hwn y caiff eich atebion eu cadw.',
    recorded: 'Mae eich canlyniad ({score} %) wedi’i gofnodi ar eich platfform dysgu.',
    completed: 'Wedi gorffen: wedi’i gofnodi ar eich platfform dysgu.',
    tooLong: 'Mae eich atebion yn rhy hir i’ch platfform dysgu eu cadw; efallai na chaiff y newidiadau diweddaraf eu cadw.',
    lmsError: 'Gwrthododd eich platfform dysgu gadw ({code}: {message}).',
  },
);
