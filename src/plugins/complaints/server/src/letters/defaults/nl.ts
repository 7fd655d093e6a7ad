/**
 * The default letters in Dutch: every kind for its audience(s), with the closings and recurring parts they
 * share. index.ts pairs each with its English text (en.ts) by kind and audience.
 */
import { COMMITTEE_LINK, type DefaultLetterText } from './shared';

const CLOSING_NL = `<p>Met vriendelijke groet,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`;

const STAFF_CLOSING_NL = `<p>Dit bericht is automatisch verstuurd door de klachtenregistratie van {{ organisation.name }}.</p>`;

const ADMIN_LINK_NL = `{% if complaint.adminUrl %}<p>Bekijk de klacht: <a href="{{ complaint.adminUrl }}">{{ complaint.adminUrl }}</a></p>{% endif %}`;

const HEARING_DETAILS_NL = `<ul>
{% if hearing.plannedAt %}<li>Datum en tijd: <strong>{{ hearing.plannedAt | datumtijd }}</strong></li>{% endif %}
{% if hearing.mode %}<li>Vorm: {{ hearing.mode }}</li>{% endif %}
{% if hearing.location %}<li>Plaats: {{ hearing.location }}</li>{% endif %}
{% if hearing.attendees %}<li>Aanwezig namens {{ organisation.name }}: {{ hearing.attendees }}</li>{% endif %}
</ul>`;

const AGREEMENT_LIST_NL = `<ol>
{% for afspraak in agreements %}<li>{{ afspraak.description }}<br>
Uiterlijk op: {{ afspraak.dueDate | datum }}{% if afspraak.owner %}<br>
Wie: {{ afspraak.owner }}{% endif %}</li>
{% endfor %}</ol>`;

const STAFF_AGREEMENT_LIST_NL = `<ul>
{% for afspraak in agreements %}<li>{{ afspraak.description }} (uiterlijk {{ afspraak.dueDate | datum }}{% if afspraak.owner %}, {{ afspraak.owner }}{% endif %}; {{ afspraak.status }})</li>
{% endfor %}</ul>`;

/** Every default letter in Dutch. */
export const DEFAULT_LETTERS_NL: DefaultLetterText[] = [
  {
    kind: 'submission_received',
    audience: 'complainant',
    subject: 'Wij hebben uw klacht ontvangen ({{ complaint.reference }})',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Bedankt voor uw klacht. Wij hebben deze ontvangen op {{ complaint.receivedAt | datumtijd }}. Uw klacht heeft het kenmerk <strong>{{ complaint.reference }}</strong>. Wilt u dit kenmerk noemen als u contact met ons opneemt?</p>
<p>U ontvangt {% if complaint.acknowledgementDue %}uiterlijk op {{ complaint.acknowledgementDue | datum }} {% endif %}een ontvangstbevestiging van de betrokken afdeling. Daarin leest u hoe wij uw klacht verder behandelen.</p>
{% if complaint.statusUrl %}<p>Via deze persoonlijke link volgt u de voortgang van uw klacht: <a href="{{ complaint.statusUrl }}">{{ complaint.statusUrl }}</a><br>
Deel deze link niet met anderen.</p>{% endif %}
${CLOSING_NL}`,
  },
  {
    kind: 'acknowledgement',
    audience: 'complainant',
    subject: 'Ontvangstbevestiging van uw klacht {{ complaint.reference }}',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij uw klacht ontvangen. Dank u wel dat u de moeite hebt genomen om ons dit te laten weten. Uw klacht is bij ons geregistreerd onder kenmerk <strong>{{ complaint.reference }}</strong>. Wilt u dit kenmerk noemen als u contact met ons opneemt?</p>
{% if complaint.answer %}<p>Wij hebben uw klacht bekeken. Dit is onze reactie:</p>
<p>{{ complaint.answer | newline_to_br }}</p>
<p>Bent u tevreden met deze oplossing? Laat het ons dan weten{% if complaint.statusUrl %} via <a href="{{ complaint.statusUrl }}">uw persoonlijke klachtpagina</a>{% endif %}. Dan ronden wij de behandeling van uw klacht af. Bent u niet tevreden, of heeft u nog vragen? Neem dan contact met ons op, dan behandelen wij uw klacht verder.</p>{% endif %}
{% if complaint.aboutEmployeeBehaviour %}<p>Uw klacht gaat over het gedrag van een medewerker. Daarom behandelt de manager van de betreffende afdeling uw klacht. Wij nodigen u uit voor een gesprek; de uitnodiging ontvangt u apart.</p>
{% else %}{% unless complaint.answer %}<p>Wij gaan uw klacht zorgvuldig bekijken. Misschien is het nodig dat wij eerst met u in gesprek gaan om uw klacht goed te begrijpen en samen naar een oplossing te zoeken. Dan ontvangt u van ons een uitnodiging voor een gesprek.</p>{% endunless %}{% endif %}
{% if complaint.handlingDue %}<p>Wij handelen uw klacht uiterlijk op <strong>{{ complaint.handlingDue | datum }}</strong> af. Lukt dat niet, dan laten wij u dat vóór die datum schriftelijk weten.</p>{% endif %}
{% if complaint.statusUrl %}<p>De voortgang van uw klacht kunt u volgen via <a href="{{ complaint.statusUrl }}">{{ complaint.statusUrl }}</a>.</p>{% endif %}
${CLOSING_NL}`,
  },
  {
    kind: 'hearing_invitation',
    audience: 'complainant',
    subject: 'Uitnodiging voor een gesprek over uw klacht {{ complaint.reference }}',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij uw klacht ontvangen (kenmerk {{ complaint.reference }}). Wij willen graag met u in gesprek. In het gesprek kunt u uw klacht toelichten en kunnen wij daarop reageren. Daarna zoeken wij samen naar een oplossing.</p>
{% if hearing %}<p>Wij nodigen u uit voor een gesprek:</p>
${HEARING_DETAILS_NL}{% endif %}
<p>Afhankelijk van de situatie is ook de medewerker op wie uw klacht betrekking heeft bij het gesprek aanwezig{% if complaint.aboutEmployeeBehaviour %}. Omdat uw klacht over het gedrag van een medewerker gaat, krijgt ook die medewerker de gelegenheid om te reageren{% endif %}. Van het gesprek maken wij een verslag. Als u wilt, kunt u iemand meenemen naar het gesprek.</p>
<p>Komt het moment u niet goed uit? Neem dan zo snel mogelijk contact met ons op, dan maken wij een nieuwe afspraak. Wilt u liever geen gesprek? Laat het ons dan ook weten.</p>
${CLOSING_NL}`,
  },
  {
    kind: 'not_admissible_notice',
    audience: 'complainant',
    subject: 'Uw klacht {{ complaint.reference }} wordt niet in behandeling genomen',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij uw klacht ontvangen (kenmerk {{ complaint.reference }}). Wij hebben uw klacht zorgvuldig bekeken. Helaas moeten wij u laten weten dat wij uw klacht niet in behandeling nemen.</p>
{% if complaint.notAdmissibleReason %}<p><strong>De reden</strong><br>
{{ complaint.notAdmissibleReason }}</p>{% endif %}
{% if complaint.notAdmissibleExplanation %}<p><strong>Toelichting</strong><br>
{{ complaint.notAdmissibleExplanation | newline_to_br }}</p>{% endif %}
{% if complaint.referral %}<p><strong>Waar kunt u wel terecht?</strong><br>
{{ complaint.referral | newline_to_br }}</p>{% endif %}
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
<p>Heeft u vragen over deze brief? Neem dan contact met ons op en noem het kenmerk {{ complaint.reference }}.</p>
${CLOSING_NL}`,
  },
  {
    kind: 'agreements_letter',
    audience: 'complainant',
    subject: 'Uitkomst van uw klacht {{ complaint.reference }} en de gemaakte afspraken',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij uw klacht ontvangen (kenmerk {{ complaint.reference }}).{% if hearing.plannedAt %} Op {{ hearing.plannedAt | datum }} hebben wij met u over uw klacht gesproken.{% endif %} In deze brief leest u wat wij hebben onderzocht, wat ons oordeel is en welke afspraken wij hebben gemaakt.</p>
{% if complaint.findings %}<p><strong>Wat wij hebben onderzocht</strong><br>
{{ complaint.findings | newline_to_br }}</p>{% endif %}
{% if complaint.judgement %}<p><strong>Ons oordeel</strong><br>
Wij vinden uw klacht <strong>{{ complaint.judgement | downcase }}</strong>.</p>{% endif %}
{% if complaint.conclusions %}<p><strong>Onze conclusies</strong><br>
{{ complaint.conclusions | newline_to_br }}</p>{% endif %}
{% if agreements.size > 0 %}<p><strong>De gemaakte afspraken</strong></p>
${AGREEMENT_LIST_NL}
<p>Wij houden in de gaten dat deze afspraken worden nagekomen.</p>{% else %}<p>Er zijn geen verdere afspraken gemaakt.</p>{% endif %}
<p><strong>Bent u het niet eens met de uitkomst?</strong><br>
Bent u niet tevreden over de uitkomst of de geboden oplossing? Laat het ons dan weten{% if complaint.statusUrl %} via <a href="{{ complaint.statusUrl }}">uw persoonlijke klachtpagina</a>{% endif %}. Komen wij er samen niet uit, dan kunt u uw klacht als geschil voorleggen aan de {{ committee.name }} (${COMMITTEE_LINK}).</p>
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
${CLOSING_NL}`,
  },
  {
    kind: 'term_extension',
    audience: 'complainant',
    subject: 'Meer tijd nodig voor uw klacht {{ complaint.reference }}',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij uw klacht ontvangen (kenmerk {{ complaint.reference }}). Wij zouden uw klacht {% if complaint.previousHandlingDue %}uiterlijk op {{ complaint.previousHandlingDue | datum }} {% endif %}afhandelen. Het lukt ons helaas niet om dat op tijd en zorgvuldig te doen. Daarom verlengen wij de termijn.</p>
{% if complaint.extensionReason %}<p><strong>Reden</strong><br>
{{ complaint.extensionReason | newline_to_br }}</p>{% endif %}
<p>Wij handelen uw klacht nu uiterlijk op <strong>{{ complaint.handlingDue | datum }}</strong> af.</p>
<p>Onze excuses voor het langere wachten. Heeft u vragen? Neem dan contact met ons op en noem het kenmerk {{ complaint.reference }}.</p>
${CLOSING_NL}`,
  },
  {
    kind: 'term_extension',
    audience: 'accused',
    subject: 'Verlenging van de behandeltermijn van klacht {{ complaint.reference }}',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij een klacht ontvangen die over u gaat (kenmerk {{ complaint.reference }}). Met deze brief laten wij u weten dat wij de termijn voor de behandeling van deze klacht verlengen{% if complaint.previousHandlingDue %}; de klacht zou uiterlijk op {{ complaint.previousHandlingDue | datum }} zijn afgehandeld{% endif %}.</p>
{% if complaint.extensionReason %}<p><strong>Reden</strong><br>
{{ complaint.extensionReason | newline_to_br }}</p>{% endif %}
<p>De klacht wordt nu uiterlijk op <strong>{{ complaint.handlingDue | datum }}</strong> afgehandeld. De indiener van de klacht heeft hierover ook bericht gekregen.</p>
<p>Heeft u vragen? Neem dan contact op met {% if handler.name %}{{ handler.name }}, de behandelaar van de klacht{% else %}de behandelaar van de klacht{% endif %}.</p>
${CLOSING_NL}`,
  },
  {
    kind: 'closure',
    audience: 'complainant',
    subject: 'Afsluiting van uw klacht {{ complaint.reference }}',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Met deze brief laten wij u weten dat wij de behandeling van uw klacht met kenmerk {{ complaint.reference }}, die wij op {{ complaint.receivedAt | datum }} ontvingen, hebben afgesloten.</p>
{% if complaint.judgement %}<p>Ons oordeel over uw klacht: <strong>{{ complaint.judgement | downcase }}</strong>.</p>{% endif %}
{% if agreements.size > 0 %}<p>Dit is de stand van de afspraken die wij met u hebben gemaakt:</p>
<ul>
{% for afspraak in agreements %}<li>{{ afspraak.description }}<br>
Stand: {{ afspraak.status }}</li>
{% endfor %}</ul>{% endif %}
<p>Dank u wel voor uw klacht. Uw klacht helpt ons om onze dienstverlening te verbeteren.</p>
<p>Bent u niet tevreden over de uitkomst of de geboden oplossing, en komen wij er samen niet uit? Dan kunt u uw klacht als geschil voorleggen aan de {{ committee.name }} (${COMMITTEE_LINK}). Deze commissie is er voor alle klanten die de interne klachtenprocedure hebben doorlopen, maar er samen met ons niet uitkomen.</p>
${CLOSING_NL}`,
  },
  {
    kind: 'committee_information',
    audience: 'complainant',
    subject: 'Uw klacht {{ complaint.reference }} voorleggen aan de {{ committee.name }}',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>U heeft ons laten weten dat u niet tevreden bent over de uitkomst van uw klacht met kenmerk {{ complaint.reference }}, of over de oplossing die wij u hebben geboden. Het spijt ons dat wij er samen niet uit zijn gekomen. Uw klacht is daarmee een geschil geworden.</p>
<p>U kunt dit geschil ter beoordeling voorleggen aan de {{ committee.name }}. Deze onafhankelijke commissie is er voor alle klanten die de interne klachtenprocedure hebben doorlopen, maar er samen met ons niet uitkomen.</p>
<p><strong>Zo bereikt u de commissie</strong></p>
<ul>
<li>{{ committee.name }}</li>
<li>Postadres: {{ committee.address | newline_to_br }}</li>
<li>E-mail: <a href="mailto:{{ committee.email }}">{{ committee.email }}</a></li>
<li>Website: ${COMMITTEE_LINK}</li>
</ul>
<p>Leg uw geschil binnen <strong>{{ committee.termWeeks }} weken</strong> na de datum van deze brief aan de commissie voor. Noem daarbij het kenmerk {{ complaint.reference }} en stuur een kopie mee van uw klacht en van onze brief met de uitkomst.</p>
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
${CLOSING_NL}`,
  },
  {
    kind: 'staff_new_complaint',
    audience: 'staff',
    subject: 'Nieuwe klacht {{ complaint.reference }}',
    body: `<p>Beste {{ recipient.name }},</p>
<p>Er is een nieuwe klacht binnengekomen{% if complaint.department %} voor de afdeling {{ complaint.department }}{% endif %}.</p>
<ul>
<li>Kenmerk: {{ complaint.reference }}</li>
<li>Ontvangen: {{ complaint.receivedAt | datumtijd }} ({{ complaint.channel }})</li>
{% if complaint.category %}<li>Categorie: {{ complaint.category }}</li>{% endif %}
{% if complaint.aboutEmployeeBehaviour %}<li>Gaat over het gedrag van een medewerker{% if complaint.accusedName %}: {{ complaint.accusedName }}{% endif %}</li>{% endif %}
{% if complaint.acknowledgementDue %}<li>Ontvangstbevestiging uiterlijk: <strong>{{ complaint.acknowledgementDue | datum }}</strong></li>{% endif %}
</ul>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
  },
  {
    kind: 'staff_behaviour_assigned',
    audience: 'staff',
    subject: 'Klacht over gedrag {{ complaint.reference }} aan u toegewezen',
    body: `<p>Beste {{ recipient.name }},</p>
<p>U behandelt als manager klacht {{ complaint.reference }}. De klacht gaat over het gedrag van een medewerker{% if complaint.accusedName %} ({{ complaint.accusedName }}){% endif %}.</p>
<p>Nodig de klager uit voor een gesprek en geef ook de medewerker de gelegenheid om te reageren (hoor en wederhoor). De medewerker over wie de klacht gaat, mag de klacht niet zelf behandelen.</p>
<ul>
{% if complaint.acknowledgementDue %}<li>Ontvangstbevestiging uiterlijk: {{ complaint.acknowledgementDue | datum }}</li>{% endif %}
{% if complaint.handlingDue %}<li>Afhandelen uiterlijk: {{ complaint.handlingDue | datum }}</li>{% endif %}
</ul>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
  },
  {
    kind: 'staff_acknowledgement_due_tomorrow',
    audience: 'staff',
    subject: 'Morgen ontvangstbevestiging versturen: {{ complaint.reference }}',
    body: `<p>Beste {{ recipient.name }},</p>
<p>De ontvangstbevestiging van klacht {{ complaint.reference }} moet uiterlijk morgen, <strong>{{ complaint.acknowledgementDue | datum }}</strong>, verstuurd zijn.</p>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
  },
  {
    kind: 'staff_acknowledgement_overdue',
    audience: 'staff',
    subject: 'Ontvangstbevestiging te laat: {{ complaint.reference }}',
    body: `<p>Beste {{ recipient.name }},</p>
<p>De termijn voor de ontvangstbevestiging van klacht {{ complaint.reference }} is verlopen op <strong>{{ complaint.acknowledgementDue | datum }}</strong>. Verstuur de ontvangstbevestiging zo snel mogelijk.</p>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
  },
  {
    kind: 'staff_handling_expiring',
    audience: 'staff',
    subject: 'Behandeltermijn loopt af: {{ complaint.reference }}',
    body: `<p>Beste {{ recipient.name }},</p>
<p>De behandeltermijn van klacht {{ complaint.reference }} loopt af op <strong>{{ complaint.handlingDue | datum }}</strong>. Rond de behandeling voor die datum af. Lukt dat niet, verleng de termijn dan vóór die datum en laat dat de klager{% if complaint.aboutEmployeeBehaviour %} en de medewerker over wie de klacht gaat{% endif %} schriftelijk weten.</p>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
  },
  {
    kind: 'staff_handling_overdue',
    audience: 'staff',
    subject: 'Behandeltermijn verlopen: {{ complaint.reference }}',
    body: `<p>Beste {{ recipient.name }},</p>
<p>De behandeltermijn van klacht {{ complaint.reference }} is verlopen op <strong>{{ complaint.handlingDue | datum }}</strong>. Handel de klacht zo snel mogelijk af. Verder uitstel is alleen mogelijk met schriftelijke instemming van de klager; leg die vast bij de klacht.</p>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
  },
  {
    kind: 'staff_agreement_due',
    audience: 'staff',
    subject: 'Termijn van een afspraak loopt af: {{ complaint.reference }}',
    body: `<p>Beste {{ recipient.name }},</p>
<p>Bij klacht {{ complaint.reference }} moet binnenkort een afspraak met de klager zijn nagekomen. Controleer of dat lukt en leg vast wanneer de afspraak is nagekomen.</p>
{% if agreements.size > 0 %}${STAFF_AGREEMENT_LIST_NL}{% endif %}
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
  },
  {
    kind: 'staff_agreement_overdue',
    audience: 'staff',
    subject: 'Afspraak niet op tijd nagekomen: {{ complaint.reference }}',
    body: `<p>Beste {{ recipient.name }},</p>
<p>Bij klacht {{ complaint.reference }} is de termijn van een afspraak met de klager verstreken, zonder dat is vastgelegd dat de afspraak is nagekomen. Zorg dat de afspraak alsnog wordt nagekomen, of leg vast dat dit niet is gelukt, en informeer de klager.</p>
{% if agreements.size > 0 %}${STAFF_AGREEMENT_LIST_NL}{% endif %}
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
  },
  {
    kind: 'staff_hearing_tomorrow',
    audience: 'staff',
    subject: 'Morgen gesprek over klacht {{ complaint.reference }}',
    body: `<p>Beste {{ recipient.name }},</p>
<p>Morgen staat het gesprek (hoor en wederhoor) over klacht {{ complaint.reference }} met {{ complainant.name }} gepland.</p>
{% if hearing %}${HEARING_DETAILS_NL}{% endif %}
<p>Maak na het gesprek een verslag en leg de voorgestelde oplossing vast.</p>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
  },
];
