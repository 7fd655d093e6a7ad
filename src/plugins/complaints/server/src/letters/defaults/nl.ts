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

/** The next body, with its website when there is one. */
const COMMITTEE_NAMED_NL = `de {{ committee.name }}{% if committee.website %} (${COMMITTEE_LINK}){% endif %}`;

/** Within which term: the one from the settings, with its last day; without one, the body's own rules. */
const RECOURSE_TERM_NL = `{% if committee.term %}binnen {{ committee.term }} na de datum van deze brief{% if committee.deadline %}, dus uiterlijk op <strong>{{ committee.deadline | datum }}</strong>{% endif %}{% elsif regime == 'awb' %}binnen de termijn die de {{ committee.name }} daarvoor noemt{% else %}binnen de termijn die het reglement van de commissie noemt{% endif %}`;

/**
 * What the complainant can do at the next body and within which term, worded per regime: the ombudsman
 * (Awb) is asked to investigate, a disputes committee or the disputes body for care judges the dispute.
 * Follows "Dan" or "Daarnaast"; letters use it only when a next body is set.
 */
const NEXT_BODY_NL = `{% if regime == 'awb' %}kunt u ${COMMITTEE_NAMED_NL} vragen een onderzoek in te stellen{% else %}kunt u uw klacht als geschil voorleggen aan ${COMMITTEE_NAMED_NL}{% endif %}, ${RECOURSE_TERM_NL}`;

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
<p>{% if hearing.withBoth %}Ook de medewerker op wie uw klacht betrekking heeft, is voor dit gesprek uitgenodigd. {% elsif complaint.aboutEmployeeBehaviour %}Omdat uw klacht over het gedrag van een medewerker gaat, krijgt ook die medewerker de gelegenheid om te reageren, in een eigen gesprek. {% endif %}Van het gesprek maken wij een verslag. Als u wilt, kunt u iemand meenemen naar het gesprek.</p>
{% if hearing.respondBy %}<p>Wilt u ons uiterlijk {{ hearing.respondBy | datum }} laten weten of u komt? Horen wij tot die dag niets van u, dan kunnen wij afzien van het gesprek en beoordelen wij uw klacht met wat wij weten.</p>{% endif %}
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
{% if committee.name %}<p><strong>Bent u het niet eens met deze beslissing?</strong><br>
Dan ${NEXT_BODY_NL}.</p>{% endif %}
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
<p>Heeft u vragen over deze brief? Neem dan contact met ons op en noem het kenmerk {{ complaint.reference }}.</p>
${CLOSING_NL}`,
  },
  {
    kind: 'agreements_letter',
    audience: 'complainant',
    subject: 'Uitkomst van uw klacht {{ complaint.reference }} en de gemaakte afspraken',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij uw klacht ontvangen (kenmerk {{ complaint.reference }}).{% if hearing.heldAt %} Op {{ hearing.heldAt | datum }} hebben wij met u over uw klacht gesproken.{% endif %} In deze brief leest u wat wij hebben onderzocht, wat ons oordeel is en welke afspraken wij hebben gemaakt.</p>
{% if complaint.findings %}<p><strong>Wat wij hebben onderzocht</strong><br>
{{ complaint.findings | newline_to_br }}</p>{% endif %}
{% if complaint.judgement %}<p><strong>Ons oordeel</strong><br>
Wij vinden uw klacht <strong>{{ complaint.judgement | downcase }}</strong>.</p>{% endif %}
{% if parts.size > 0 %}<p><strong>Ons oordeel per onderdeel</strong></p>
<ol>
{% for deel in parts %}<li>{{ deel.description }}<br>
Oordeel: {{ deel.judgement | downcase }}</li>
{% endfor %}</ol>{% endif %}
{% if complaint.conclusions %}<p><strong>Onze conclusies</strong><br>
{{ complaint.conclusions | newline_to_br }}</p>{% endif %}
{% if agreements.size > 0 %}<p><strong>De gemaakte afspraken</strong></p>
${AGREEMENT_LIST_NL}
<p>Wij houden in de gaten dat deze afspraken worden nagekomen.</p>{% else %}<p>Er zijn geen verdere afspraken gemaakt.</p>{% endif %}
<p><strong>Bent u het niet eens met de uitkomst?</strong><br>
Bent u niet tevreden over de uitkomst of de geboden oplossing? Laat het ons dan {% if complaint.dissatisfactionOpenUntil %}uiterlijk {{ complaint.dissatisfactionOpenUntil | datum }} {% endif %}weten{% if complaint.statusUrl %} via <a href="{{ complaint.statusUrl }}">uw persoonlijke klachtpagina</a>{% endif %}.{% if committee.name %}{% if regime == 'awb' %} Daarnaast{% else %} Komen wij er samen niet uit, dan{% endif %} ${NEXT_BODY_NL}.{% endif %}</p>
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
{% if complaint.committeeDecided %}<p>{% if regime == 'awb' %}De {{ committee.name | default: 'ombudsman' }} heeft het onderzoek naar uw klacht afgerond{% else %}De {{ committee.name | default: 'commissie' }} heeft uitspraak gedaan over uw geschil{% endif %}. Daarmee is de klachtprocedure ten einde.</p>
{% if complaint.committeeOutcome %}<p><strong>{% if regime == 'awb' %}Het oordeel{% else %}De uitspraak{% endif %}</strong><br>
{{ complaint.committeeOutcome | newline_to_br }}</p>{% endif %}
{% elsif complaint.judgement %}<p>Ons oordeel over uw klacht: <strong>{{ complaint.judgement | downcase }}</strong>.</p>{% endif %}
{% if agreements.size > 0 %}<p>Dit is de stand van de afspraken die wij met u hebben gemaakt:</p>
<ul>
{% for afspraak in agreements %}<li>{{ afspraak.description }}<br>
Stand: {{ afspraak.status }}</li>
{% endfor %}</ul>{% endif %}
<p>Dank u wel voor uw klacht. Uw klacht helpt ons om onze dienstverlening te verbeteren.</p>
{% unless complaint.committeeDecided %}{% if committee.name %}<p>Bent u niet tevreden over de uitkomst of de geboden oplossing, en komen wij er samen niet uit? Dan ${NEXT_BODY_NL}.{% unless regime == 'awb' %} Deze commissie is er voor alle klanten die de interne klachtenprocedure hebben doorlopen, maar er samen met ons niet uitkomen.{% endunless %}</p>{% endif %}{% endunless %}
${CLOSING_NL}`,
  },
  {
    kind: 'committee_information',
    audience: 'complainant',
    subject: '{% if committee.name %}Uw klacht {{ complaint.reference }} voorleggen aan de {{ committee.name }}{% else %}Uw klacht {{ complaint.reference }}: waar kunt u verder terecht?{% endif %}',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>U heeft ons laten weten dat u niet tevreden bent over de uitkomst van uw klacht met kenmerk {{ complaint.reference }}, of over de oplossing die wij u hebben geboden. Het spijt ons dat wij er samen niet uit zijn gekomen.{% unless regime == 'awb' %} Uw klacht is daarmee een geschil geworden.{% endunless %}</p>
{% if committee.name %}{% if regime == 'awb' %}<p>U kunt de {{ committee.name }} vragen een onderzoek in te stellen naar de gedraging waarover u bij ons heeft geklaagd. De ombudsman is onafhankelijk en kan dat doen nu onze eigen klachtbehandeling is afgerond.</p>
<p><strong>Zo bereikt u de ombudsman</strong></p>{% else %}<p>U kunt dit geschil ter beoordeling voorleggen aan de {{ committee.name }}. Deze onafhankelijke commissie is er voor alle klanten die de interne klachtenprocedure hebben doorlopen, maar er samen met ons niet uitkomen.</p>
<p><strong>Zo bereikt u de commissie</strong></p>{% endif %}
<ul>
<li>{{ committee.name }}</li>
{% if committee.address %}<li>Postadres: {{ committee.address | newline_to_br }}</li>{% endif %}
{% if committee.email %}<li>E-mail: <a href="mailto:{{ committee.email }}">{{ committee.email }}</a></li>{% endif %}
{% if committee.website %}<li>Website: ${COMMITTEE_LINK}</li>{% endif %}
</ul>
<p>{% if regime == 'awb' %}Dien uw verzoek in bij de ombudsman{% else %}Leg uw geschil voor aan de commissie{% endif %}, ${RECOURSE_TERM_NL}. Noem daarbij het kenmerk {{ complaint.reference }} en stuur een kopie mee van uw klacht en van onze brief met de uitkomst.</p>{% else %}<p>Wilt u weten waar u verder terecht kunt? Neem dan contact met ons op en noem het kenmerk {{ complaint.reference }}.</p>{% endif %}
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
    kind: 'staff_not_admissible_notice_due',
    audience: 'staff',
    subject: 'Termijn voor bericht over niet behandelen loopt af: {{ complaint.reference }}',
    body: `<p>Beste {{ recipient.name }},</p>
<p>Klacht {{ complaint.reference }} is ontvangen op {{ complaint.receivedAt | datum }}. Wordt deze klacht niet behandeld (Awb 9:8, bijvoorbeeld omdat de gedraging al eerder is behandeld of meer dan een jaar geleden plaatsvond), verstuur de klager dan {% if complaint.notAdmissibleNoticeDue %}uiterlijk op <strong>{{ complaint.notAdmissibleNoticeDue | datum }}</strong>{% else %}zo snel mogelijk{% endif %} het bericht daarover, met de reden en waar de klager wel terecht kan.</p>
<p>Wordt de klacht gewoon behandeld, dan hoeft u niets te doen.</p>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
  },
  {
    kind: 'staff_handling_expiring',
    audience: 'staff',
    subject: 'Behandeltermijn loopt af: {{ complaint.reference }}',
    body: `<p>Beste {{ recipient.name }},</p>
<p>De behandeltermijn van klacht {{ complaint.reference }} loopt af op <strong>{{ complaint.handlingDue | datum }}</strong>. Rond de behandeling voor die datum af.</p>
{% if complaint.extended %}<p>De termijn is al eens verlengd. Verder uitstel is alleen mogelijk met schriftelijke instemming van de klager; leg die vast bij de klacht.</p>
{% else %}<p>Lukt dat niet, dan kunt u de termijn eenmaal verlengen{% if complaint.maxExtensionWeeks %}, met ten hoogste {{ complaint.maxExtensionWeeks }} weken{% endif %} (Awb 9:11). Dat kan alleen tot het einde van de huidige termijn, {{ complaint.handlingDue | datum }}: laat het de klager{% if complaint.aboutEmployeeBehaviour %} en de medewerker over wie de klacht gaat{% endif %} vóór die datum schriftelijk weten.</p>{% endif %}
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
  {
    kind: 'complainant_question',
    audience: 'complainant',
    subject: 'Een vraag over uw klacht {{ complaint.reference }}',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Om uw klacht met kenmerk <strong>{{ complaint.reference }}</strong> goed te kunnen behandelen, hebben wij een vraag aan u:</p>
<p>{{ question.text | newline_to_br }}</p>
<p>{% if complaint.statusUrl %}U kunt antwoorden, en zo nodig documenten meesturen, via <a href="{{ complaint.statusUrl }}">uw persoonlijke klachtpagina</a>{% else %}U kunt ons antwoorden per brief of telefonisch; noem dan het kenmerk{% endif %}{% if question.answerBy %}. Wij ontvangen uw antwoord graag uiterlijk op <strong>{{ question.answerBy | datum }}</strong>{% endif %}.</p>
${CLOSING_NL}`,
  },
  {
    kind: 'staff_question_answered',
    audience: 'staff',
    subject: 'Antwoord van de klager: {{ complaint.reference }}',
    body: `<p>Beste {{ recipient.name }},</p>
<p>De klager heeft op de statuspagina uw vraag over klacht {{ complaint.reference }} beantwoord.</p>
{% if question %}<p><strong>Vraag:</strong> {{ question.text | newline_to_br }}</p>
<p><strong>Antwoord:</strong> {{ question.answer | newline_to_br }}</p>{% endif %}
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
  },
  {
    kind: 'staff_reply_received',
    audience: 'staff',
    subject: 'Reactie per e-mail: {{ complaint.reference }}',
    body: `<p>Beste {{ recipient.name }},</p>
<p>Er is een e-mail binnengekomen over klacht {{ complaint.reference }}, als reactie op een brief of met het kenmerk in het onderwerp. U leest de e-mail, met eventuele bijlagen, in het dossier.</p>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
  },
  {
    kind: 'staff_mentioned',
    audience: 'staff',
    subject: 'U bent genoemd in een notitie: {{ complaint.reference }}',
    body: `<p>Beste {{ recipient.name }},</p>
<p>Een collega heeft u genoemd in een interne notitie bij klacht {{ complaint.reference }}. U leest de notitie in de tijdlijn van het dossier.</p>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
  },
  {
    kind: 'satisfaction_survey',
    audience: 'complainant',
    subject: 'Hoe tevreden bent u over de behandeling van uw klacht {{ complaint.reference }}?',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>De behandeling van uw klacht met kenmerk <strong>{{ complaint.reference }}</strong> is afgerond. Wij willen graag weten hoe u die behandeling hebt ervaren, zodat wij ervan kunnen leren.</p>
{% if complaint.statusUrl %}<p>Wilt u drie korte vragen beantwoorden? Dat kan via <a href="{{ complaint.statusUrl }}">uw persoonlijke klachtpagina</a>{% if survey.until %}, tot en met {{ survey.until | datum }}{% endif %}.</p>{% endif %}
${CLOSING_NL}`,
  },
  {
    kind: 'reopened',
    audience: 'complainant',
    subject: 'Wij behandelen uw klacht {{ complaint.reference }} opnieuw',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij uw klacht ontvangen (kenmerk {{ complaint.reference }}). De behandeling daarvan was afgerond. Met deze brief laten wij u weten dat wij uw klacht opnieuw in behandeling nemen.</p>
{% if complaint.reopenReason %}<p><strong>Waarom</strong><br>
{{ complaint.reopenReason | newline_to_br }}</p>{% endif %}
<p>Wij handelen uw klacht uiterlijk op <strong>{{ complaint.handlingDue | datum }}</strong> af.{% if complaint.statusUrl %} Hoe het ervoor staat, ziet u op <a href="{{ complaint.statusUrl }}">uw persoonlijke klachtpagina</a>.{% endif %}</p>
${CLOSING_NL}`,
  },
  {
    kind: 'forwarded',
    audience: 'complainant',
    subject: 'Uw klacht {{ complaint.reference }} is doorgestuurd',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij uw klacht ontvangen (kenmerk {{ complaint.reference }}). Uw klacht gaat over iets waarvoor niet wij, maar {{ complaint.forwardedTo }} verantwoordelijk is. Daarom hebben wij uw klacht naar {{ complaint.forwardedTo }} doorgestuurd (artikel 2:3 van de Algemene wet bestuursrecht). U hoort van hen hoe zij uw klacht behandelen.</p>
{% if complaint.forwardReason %}<p><strong>Waarom</strong><br>
{{ complaint.forwardReason | newline_to_br }}</p>{% endif %}
<p>Bij ons is uw klacht hiermee afgehandeld. Heeft u vragen? Neem dan contact met ons op en noem het kenmerk {{ complaint.reference }}.</p>
${CLOSING_NL}`,
  },
  {
    kind: 'accused_copy',
    audience: 'accused',
    subject: 'Afschrift van een klacht over u ({{ complaint.reference }})',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij een klacht ontvangen die over u gaat (kenmerk {{ complaint.reference }}). De wet schrijft voor dat u een afschrift van de klacht krijgt (artikel 9:9 van de Algemene wet bestuursrecht). Hieronder leest u wat de klager schreef.</p>
<p><strong>De klacht</strong><br>
{{ complaint.description | newline_to_br }}</p>
{% if complaint.desiredOutcome %}<p><strong>Wat de klager als oplossing ziet</strong><br>
{{ complaint.desiredOutcome | newline_to_br }}</p>{% endif %}
{% if documents.size > 0 %}<p><strong>Documenten bij de klacht</strong></p>
<ul>
{% for document in documents %}<li>{{ document.fileName }}</li>
{% endfor %}</ul>
<p>{% if handler.name %}{{ handler.name }}{% else %}De behandelaar van de klacht{% endif %} kan u deze laten inzien.</p>{% endif %}
<p>U krijgt de gelegenheid uw kant van de zaak te vertellen in een gesprek. De klacht wordt uiterlijk op {{ complaint.handlingDue | datum }} afgehandeld; u krijgt dan ook bericht over de uitkomst.</p>
<p>Heeft u vragen? Neem dan contact op met {% if handler.name %}{{ handler.name }}, de behandelaar van de klacht{% else %}de behandelaar van de klacht{% endif %}.</p>
${CLOSING_NL}`,
  },
  {
    kind: 'hearing_invitation',
    audience: 'accused',
    subject: 'Uitnodiging voor een gesprek over de klacht over u ({{ complaint.reference }})',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij een klacht ontvangen die over u gaat (kenmerk {{ complaint.reference }}). U krijgt de gelegenheid om uw kant van de zaak te vertellen (artikel 9:10 van de Algemene wet bestuursrecht).</p>
{% if hearing %}<p>Wij nodigen u uit voor een gesprek:</p>
${HEARING_DETAILS_NL}{% endif %}
<p>{% if hearing.withBoth %}Ook de klager is voor dit gesprek uitgenodigd. {% else %}De klager wordt in een eigen gesprek gehoord. {% endif %}Van het gesprek maken wij een verslag.</p>
{% if hearing.respondBy %}<p>Wilt u uiterlijk {{ hearing.respondBy | datum }} laten weten of u komt?</p>{% endif %}
<p>Komt het moment u niet goed uit, of wilt u liever niet gehoord worden? Neem dan contact op met {% if handler.name %}{{ handler.name }}, de behandelaar van de klacht{% else %}de behandelaar van de klacht{% endif %}.</p>
${CLOSING_NL}`,
  },
  {
    kind: 'agreements_letter',
    audience: 'accused',
    subject: 'Uitkomst van de klacht over u ({{ complaint.reference }})',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij een klacht ontvangen die over u gaat (kenmerk {{ complaint.reference }}). De behandeling is afgerond. Met deze brief laten wij u de uitkomst weten (artikel 9:12 van de Algemene wet bestuursrecht).</p>
{% if complaint.judgement %}<p><strong>Ons oordeel</strong><br>
Wij vinden de klacht <strong>{{ complaint.judgement | downcase }}</strong>.</p>{% endif %}
{% if parts.size > 0 %}<p><strong>Ons oordeel per onderdeel</strong></p>
<ol>
{% for deel in parts %}<li>{{ deel.description }}<br>
Oordeel: {{ deel.judgement | downcase }}</li>
{% endfor %}</ol>{% endif %}
{% if complaint.findings %}<p><strong>Wat wij hebben vastgesteld</strong><br>
{{ complaint.findings | newline_to_br }}</p>{% endif %}
{% if complaint.conclusions %}<p><strong>Onze conclusies</strong><br>
{{ complaint.conclusions | newline_to_br }}</p>{% endif %}
<p>Heeft u vragen? Neem dan contact op met {% if handler.name %}{{ handler.name }}, de behandelaar van de klacht{% else %}de behandelaar van de klacht{% endif %}.</p>
${CLOSING_NL}`,
  },
];
