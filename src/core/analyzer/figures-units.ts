// Currencies and measurement units the figures recogniser knows. Keys are lower-case words
// (the lexer lower-cases) unless noted; values are the `unit` reported on the Figure.

/** Currency symbols that precede an amount. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'],
  ['₽', 'RUB'], ['₡', 'CRC'], ['₭', 'LAK'], ['₺', 'TRY'], ['₪', 'ILS'], ['₫', 'VND'],
  ['₱', 'PHP'], ['₦', 'NGN'], ['฿', 'THB'], ['₴', 'UAH'],
]);

/** Letters glued to (or, in tokenised text, just before) "$": "US$", "HK$", "c $". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['hk', 'HKD'], ['c', 'CAD'], ['ca', 'CAD'], ['a', 'AUD'], ['au', 'AUD'],
  ['nz', 'NZD'], ['s', 'SGD'], ['sg', 'SGD'], ['nt', 'TWD'], ['r', 'BRL'], ['mex', 'MXN'],
]);

/** ISO codes and abbreviations that may precede or follow an amount: "USD 5m", "Rs 500". */
export const CURRENCY_CODES: ReadonlyMap<string, string> = new Map([
  ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['jpy', 'JPY'], ['cny', 'CNY'], ['rmb', 'CNY'],
  ['krw', 'KRW'], ['inr', 'INR'], ['rs', 'INR'], ['chf', 'CHF'], ['cad', 'CAD'], ['aud', 'AUD'],
  ['hkd', 'HKD'], ['rub', 'RUB'], ['sek', 'SEK'], ['nok', 'NOK'], ['dkk', 'DKK'], ['brl', 'BRL'],
  ['zar', 'ZAR'], ['sgd', 'SGD'], ['nzd', 'NZD'], ['try', 'TRY'], ['mxn', 'MXN'], ['uah', 'UAH'],
]);

/** Currency names after an amount: "5 million dollars", "323 million euros", "470 pence". */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['yen', 'JPY'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['franc', 'CHF'], ['francs', 'CHF'], ['pence', 'GBP'],
  ['penny', 'GBP'], ['rupee', 'INR'], ['rupees', 'INR'],
  ['won', 'KRW'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'],
  ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['peso', 'MXN'], ['pesos', 'MXN'], ['rand', 'ZAR'],
  ['lira', 'TRY'], ['liras', 'TRY'], ['sterling', 'GBP'], ['krona', 'SEK'], ['kronor', 'SEK'],
  ['krone', 'NOK'], ['kroner', 'NOK'], ['real', 'BRL'], ['reais', 'BRL'], ['shekels', 'ILS'],
  ['dinars', 'DZD'], ['riyals', 'SAR'], ['dirhams', 'AED'], ['marks', 'DEM'],
]);

/** Nationality before "dollars": "10 us dollars", "5 canadian dollars". */
export const DOLLAR_NATIONS: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['u.s.', 'USD'], ['american', 'USD'], ['canadian', 'CAD'], ['australian', 'AUD'],
  ['hong', 'HKD'], ['singapore', 'SGD'], ['new', 'NZD'], ['taiwan', 'TWD'],
]);

/**
 * Measurement units, single words. Case matters for some abbreviations, so this table maps the
 * word exactly as written first (see MEASURE_UNITS_CASED), then lower-cased.
 */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  // length
  ['mm', 'mm'], ['millimetre', 'mm'], ['millimetres', 'mm'], ['millimeter', 'mm'], ['millimeters', 'mm'],
  ['cm', 'cm'], ['centimetre', 'cm'], ['centimetres', 'cm'], ['centimeter', 'cm'], ['centimeters', 'cm'],
  ['dm', 'dm'], ['decimeter', 'dm'], ['decimetre', 'dm'], ['decimeters', 'dm'], ['decimetres', 'dm'],
  ['m', 'm'], ['metre', 'm'], ['metres', 'm'], ['meter', 'm'], ['meters', 'm'],
  ['km', 'km'], ['kms', 'km'], ['kilometre', 'km'], ['kilometres', 'km'], ['kilometer', 'km'], ['kilometers', 'km'],
  ['inch', 'in'], ['inches', 'in'], ['foot', 'ft'], ['feet', 'ft'], ['ft', 'ft'], ['yard', 'yd'], ['yards', 'yd'],
  ['mile', 'miles'], ['miles', 'miles'], ['mi', 'miles'], ['nautical', 'nmi'],
  // area
  ['km2', 'km²'], ['km²', 'km²'], ['m2', 'm²'], ['m²', 'm²'], ['hectare', 'ha'], ['hectares', 'ha'],
  ['ha', 'ha'], ['acre', 'acres'], ['acres', 'acres'],
  // weight
  ['mg', 'mg'], ['milligram', 'mg'], ['milligrams', 'mg'], ['microgram', 'µg'], ['micrograms', 'µg'],
  ['microgramme', 'µg'], ['microgrammes', 'µg'], ['g', 'g'], ['gram', 'g'], ['grams', 'g'],
  ['gramme', 'g'], ['grammes', 'g'], ['kg', 'kg'], ['kgs', 'kg'], ['kilo', 'kg'], ['kilos', 'kg'],
  ['kilogram', 'kg'], ['kilograms', 'kg'], ['kilogramme', 'kg'], ['kilogrammes', 'kg'],
  ['lb', 'lb'], ['lbs', 'lb'], ['pound', 'lb'], ['pounds', 'lb'], ['ounce', 'oz'], ['ounces', 'oz'], ['oz', 'oz'],
  ['tonne', 'tonnes'], ['tonnes', 'tonnes'], ['ton', 'tons'], ['tons', 'tons'], ['t', 'tonnes'],
  // volume
  ['l', 'l'], ['litre', 'l'], ['litres', 'l'], ['liter', 'l'], ['liters', 'l'], ['ml', 'ml'],
  ['millilitre', 'ml'], ['millilitres', 'ml'], ['milliliter', 'ml'], ['milliliters', 'ml'],
  ['gallon', 'gal'], ['gallons', 'gal'], ['gal', 'gal'], ['barrel', 'barrels'], ['barrels', 'barrels'],
  ['bbl', 'barrels'], ['cc', 'cc'],
  // speed, energy, data, temperature
  ['mph', 'mph'], ['kph', 'km/h'], ['kmh', 'km/h'], ['knots', 'knots'],
  ['kw', 'kW'], ['mw', 'MW'], ['gw', 'GW'], ['kwh', 'kWh'], ['mwh', 'MWh'], ['gwh', 'GWh'], ['twh', 'TWh'],
  ['megawatt', 'MW'], ['megawatts', 'MW'], ['gigawatt', 'GW'], ['gigawatts', 'GW'],
  ['bit', 'bit'], ['bits', 'bit'], ['byte', 'B'], ['bytes', 'B'], ['kb', 'KB'], ['mb', 'MB'], ['gb', 'GB'], ['tb', 'TB'],
  ['kilobytes', 'KB'], ['megabytes', 'MB'], ['gigabytes', 'GB'], ['terabytes', 'TB'],
  ['°c', '°C'], ['°f', '°F'], ['celsius', '°C'], ['fahrenheit', '°F'], ['degrees', '°'],
]);

/** Words that combine with a following unit: "square metres", "cubic feet", "metric tons". */
export const UNIT_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ['square', '²'], ['sq', '²'], ['cubic', '³'], ['metric', ''], ['nautical', ''],
]);

/** Words that are units only when glued to digits ("1.8m", "5t"): too ambiguous as free words. */
export const GLUED_ONLY_UNITS: ReadonlySet<string> = new Set(['t', 'g', 'l', 'mi', 'ha', 'cc', 'in']);
