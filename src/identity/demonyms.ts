/**
 * Country → adjective, so a card can say "Estonian Prime Minister" when the article gave the
 * title "Prime Minister" and the country Estonia. Countries not listed fall back to
 * "Prime Minister of <country>".
 */
export const DEMONYMS = new Map<string, string>(
  Object.entries({
    afghanistan: 'Afghan', albania: 'Albanian', algeria: 'Algerian', argentina: 'Argentine',
    armenia: 'Armenian', australia: 'Australian', austria: 'Austrian', azerbaijan: 'Azerbaijani',
    belarus: 'Belarusian', belgium: 'Belgian', bosnia: 'Bosnian', brazil: 'Brazilian',
    bulgaria: 'Bulgarian', canada: 'Canadian', chile: 'Chilean', china: 'Chinese',
    colombia: 'Colombian', croatia: 'Croatian', cuba: 'Cuban', cyprus: 'Cypriot', czechia: 'Czech',
    'czech republic': 'Czech', denmark: 'Danish', egypt: 'Egyptian', estonia: 'Estonian',
    ethiopia: 'Ethiopian', finland: 'Finnish', france: 'French', georgia: 'Georgian',
    germany: 'German', greece: 'Greek', hungary: 'Hungarian', iceland: 'Icelandic', india: 'Indian',
    indonesia: 'Indonesian', iran: 'Iranian', iraq: 'Iraqi', ireland: 'Irish', israel: 'Israeli',
    italy: 'Italian', japan: 'Japanese', jordan: 'Jordanian', kazakhstan: 'Kazakh', kenya: 'Kenyan',
    kosovo: 'Kosovar', latvia: 'Latvian', lebanon: 'Lebanese', libya: 'Libyan',
    lithuania: 'Lithuanian', luxembourg: 'Luxembourgish', mexico: 'Mexican', moldova: 'Moldovan',
    montenegro: 'Montenegrin', morocco: 'Moroccan', netherlands: 'Dutch', 'new zealand': 'New Zealand',
    nigeria: 'Nigerian', 'north korea': 'North Korean', 'north macedonia': 'North Macedonian',
    norway: 'Norwegian', pakistan: 'Pakistani', palestine: 'Palestinian', poland: 'Polish',
    portugal: 'Portuguese', qatar: 'Qatari', romania: 'Romanian', russia: 'Russian',
    'saudi arabia': 'Saudi', serbia: 'Serbian', slovakia: 'Slovak', slovenia: 'Slovenian',
    'south africa': 'South African', 'south korea': 'South Korean', spain: 'Spanish',
    sweden: 'Swedish', switzerland: 'Swiss', syria: 'Syrian', taiwan: 'Taiwanese', turkey: 'Turkish',
    turkiye: 'Turkish', ukraine: 'Ukrainian', 'united kingdom': 'British', uk: 'British',
    britain: 'British', 'united states': 'U.S.', us: 'U.S.', usa: 'U.S.', venezuela: 'Venezuelan',
    vietnam: 'Vietnamese', yemen: 'Yemeni',
  }),
);
