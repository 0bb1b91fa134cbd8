import { defineCatalog } from '@plc-kit/core';

/** What the embed page says when its address asks for something it cannot show. */
export const embedMessages = defineCatalog(
  {
    'frame.noElement': 'This embed needs an element parameter, e.g. embed.html?element=plc-checklist.',
    'frame.unknownElement': '“{element}” is not a PLC Kit element. Use one of: {known}.',
    'frame.unknownAttributes': 'Not an option of <{element}>: {names}. Its options are: {known}.',
    'frame.badValue': 'The option “{name}” cannot be “{value}”: {reason}',
    'frame.title': 'PLC Kit: {element}',
    'reason.boolean': 'use true or false.',
    'reason.number': 'use a number.',
    'reason.lrsEndpoint': 'use an http or https address. Until then no results are sent.',
  },
  {
    'frame.noElement': 'Mae angen paramedr element ar y mewnblaniad hwn, e.e. embed.html?element=plc-checklist.',
    'frame.unknownElement': 'Nid yw “{element}” yn un o elfennau PLC Kit. Defnyddiwch un o: {known}.',
    'frame.unknownAttributes': 'Nid yw’n un o ddewisiadau <{element}>: {names}. Ei ddewisiadau yw: {known}.',
    'frame.badValue': 'Ni all y dewis “{name}” fod yn “{value}”: {reason}',
    'frame.title': 'PLC Kit: {element}',
    'reason.boolean': 'defnyddiwch true neu false.',
    'reason.number': 'defnyddiwch rif.',
    'reason.lrsEndpoint': 'defnyddiwch gyfeiriad http neu https. Tan hynny, ni chaiff canlyniadau eu hanfon.',
  },
);
