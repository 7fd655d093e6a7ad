/**
 * The default letters in Dutch and English (what remains of templates.ts while it is split up).
 */
import type { Locale } from '../../../shared/messages';
import type { LetterAudience, LetterKind, LetterTemplateSource } from './types';

// ---------------------------------------------------------------------------------------------------------
// Default letters
// ---------------------------------------------------------------------------------------------------------

const CLOSING_NL = `<p>Met vriendelijke groet,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`;

const CLOSING_EN = `<p>Kind regards,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`;

const STAFF_CLOSING_NL = `<p>Dit bericht is automatisch verstuurd door de klachtenregistratie van {{ organisation.name }}.</p>`;
const STAFF_CLOSING_EN = `<p>This message was sent automatically by the complaints register of {{ organisation.name }}.</p>`;

const ADMIN_LINK_NL = `{% if complaint.adminUrl %}<p>Bekijk de klacht: <a href="{{ complaint.adminUrl }}">{{ complaint.adminUrl }}</a></p>{% endif %}`;
const ADMIN_LINK_EN = `{% if complaint.adminUrl %}<p>View the complaint: <a href="{{ complaint.adminUrl }}">{{ complaint.adminUrl }}</a></p>{% endif %}`;

const HEARING_DETAILS_NL = `<ul>
{% if hearing.plannedAt %}<li>Datum en tijd: <strong>{{ hearing.plannedAt | datumtijd }}</strong></li>{% endif %}
{% if hearing.mode %}<li>Vorm: {{ hearing.mode }}</li>{% endif %}
{% if hearing.location %}<li>Plaats: {{ hearing.location }}</li>{% endif %}
{% if hearing.attendees %}<li>Aanwezig namens {{ organisation.name }}: {{ hearing.attendees }}</li>{% endif %}
</ul>`;

const HEARING_DETAILS_EN = `<ul>
{% if hearing.plannedAt %}<li>Date and time: <strong>{{ hearing.plannedAt | datumtijd }}</strong></li>{% endif %}
{% if hearing.mode %}<li>Form: {{ hearing.mode }}</li>{% endif %}
{% if hearing.location %}<li>Place: {{ hearing.location }}</li>{% endif %}
{% if hearing.attendees %}<li>Attending for {{ organisation.name }}: {{ hearing.attendees }}</li>{% endif %}
</ul>`;

const AGREEMENT_LIST_NL = `<ol>
{% for afspraak in agreements %}<li>{{ afspraak.description }}<br>
Uiterlijk op: {{ afspraak.dueDate | datum }}{% if afspraak.owner %}<br>
Wie: {{ afspraak.owner }}{% endif %}</li>
{% endfor %}</ol>`;

const AGREEMENT_LIST_EN = `<ol>
{% for agreement in agreements %}<li>{{ agreement.description }}<br>
Due by: {{ agreement.dueDate | datum }}{% if agreement.owner %}<br>
Who: {{ agreement.owner }}{% endif %}</li>
{% endfor %}</ol>`;

const STAFF_AGREEMENT_LIST_NL = `<ul>
{% for afspraak in agreements %}<li>{{ afspraak.description }} (uiterlijk {{ afspraak.dueDate | datum }}{% if afspraak.owner %}, {{ afspraak.owner }}{% endif %}; {{ afspraak.status }})</li>
{% endfor %}</ul>`;

const STAFF_AGREEMENT_LIST_EN = `<ul>
{% for agreement in agreements %}<li>{{ agreement.description }} (due {{ agreement.dueDate | datum }}{% if agreement.owner %}, {{ agreement.owner }}{% endif %}; {{ agreement.status }})</li>
{% endfor %}</ul>`;

const COMMITTEE_LINK = `<a href="{{ committee.website }}">{{ committee.website }}</a>`;

interface DefaultLetter {
  kind: LetterKind;
  audience: LetterAudience;
  nl: { subject: string; body: string };
  en: { subject: string; body: string };
}

const DEFAULT_LETTERS: DefaultLetter[] = [
  {
    kind: 'submission_received',
    audience: 'complainant',
    nl: {
      subject: 'Wij hebben uw klacht ontvangen ({{ complaint.reference }})',
      body: `<p>Geachte {{ recipient.name }},</p>
<p>Bedankt voor uw klacht. Wij hebben deze ontvangen op {{ complaint.receivedAt | datumtijd }}. Uw klacht heeft het kenmerk <strong>{{ complaint.reference }}</strong>. Wilt u dit kenmerk noemen als u contact met ons opneemt?</p>
<p>U ontvangt {% if complaint.acknowledgementDue %}uiterlijk op {{ complaint.acknowledgementDue | datum }} {% endif %}een ontvangstbevestiging van de betrokken afdeling. Daarin leest u hoe wij uw klacht verder behandelen.</p>
{% if complaint.statusUrl %}<p>Via deze persoonlijke link volgt u de voortgang van uw klacht: <a href="{{ complaint.statusUrl }}">{{ complaint.statusUrl }}</a><br>
Deel deze link niet met anderen.</p>{% endif %}
${CLOSING_NL}`,
    },
    en: {
      subject: 'We have received your complaint ({{ complaint.reference }})',
      body: `<p>Dear {{ recipient.name }},</p>
<p>Thank you for your complaint. We received it on {{ complaint.receivedAt | datumtijd }}. Your complaint has the reference <strong>{{ complaint.reference }}</strong>. Please mention this reference whenever you contact us.</p>
<p>{% if complaint.acknowledgementDue %}By {{ complaint.acknowledgementDue | datum }} you{% else %}You{% endif %} will receive an acknowledgement from the department concerned, telling you how we will handle your complaint.</p>
{% if complaint.statusUrl %}<p>You can follow the progress of your complaint with this personal link: <a href="{{ complaint.statusUrl }}">{{ complaint.statusUrl }}</a><br>
Please do not share this link with others.</p>{% endif %}
${CLOSING_EN}`,
    },
  },
  {
    kind: 'acknowledgement',
    audience: 'complainant',
    nl: {
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
    en: {
      subject: 'Acknowledgement of your complaint {{ complaint.reference }}',
      body: `<p>Dear {{ recipient.name }},</p>
<p>We received your complaint on {{ complaint.receivedAt | datum }}. Thank you for taking the trouble to let us know. Your complaint has been registered under reference <strong>{{ complaint.reference }}</strong>. Please mention this reference whenever you contact us.</p>
{% if complaint.answer %}<p>We have looked into your complaint. This is our response:</p>
<p>{{ complaint.answer | newline_to_br }}</p>
<p>Are you satisfied with this solution? Then please let us know{% if complaint.statusUrl %} on <a href="{{ complaint.statusUrl }}">your personal complaint page</a>{% endif %}, and we will conclude the handling of your complaint. If you are not satisfied, or if you have any questions, please contact us and we will continue handling your complaint.</p>{% endif %}
{% if complaint.aboutEmployeeBehaviour %}<p>Your complaint is about the behaviour of an employee. It is therefore handled by the manager of the department concerned. We will invite you for a conversation; you will receive the invitation separately.</p>
{% else %}{% unless complaint.answer %}<p>We will look into your complaint carefully. We may first need to talk with you to understand your complaint well and to look for a solution together. In that case you will receive an invitation for a conversation.</p>{% endunless %}{% endif %}
{% if complaint.handlingDue %}<p>We will complete the handling of your complaint by <strong>{{ complaint.handlingDue | datum }}</strong>. If that is not possible, we will let you know in writing before that date.</p>{% endif %}
{% if complaint.statusUrl %}<p>You can follow the progress of your complaint at <a href="{{ complaint.statusUrl }}">{{ complaint.statusUrl }}</a>.</p>{% endif %}
${CLOSING_EN}`,
    },
  },
  {
    kind: 'hearing_invitation',
    audience: 'complainant',
    nl: {
      subject: 'Uitnodiging voor een gesprek over uw klacht {{ complaint.reference }}',
      body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij uw klacht ontvangen (kenmerk {{ complaint.reference }}). Wij willen graag met u in gesprek. In het gesprek kunt u uw klacht toelichten en kunnen wij daarop reageren. Daarna zoeken wij samen naar een oplossing.</p>
{% if hearing %}<p>Wij nodigen u uit voor een gesprek:</p>
${HEARING_DETAILS_NL}{% endif %}
<p>Afhankelijk van de situatie is ook de medewerker op wie uw klacht betrekking heeft bij het gesprek aanwezig{% if complaint.aboutEmployeeBehaviour %}. Omdat uw klacht over het gedrag van een medewerker gaat, krijgt ook die medewerker de gelegenheid om te reageren{% endif %}. Van het gesprek maken wij een verslag. Als u wilt, kunt u iemand meenemen naar het gesprek.</p>
<p>Komt het moment u niet goed uit? Neem dan zo snel mogelijk contact met ons op, dan maken wij een nieuwe afspraak. Wilt u liever geen gesprek? Laat het ons dan ook weten.</p>
${CLOSING_NL}`,
    },
    en: {
      subject: 'Invitation to a conversation about your complaint {{ complaint.reference }}',
      body: `<p>Dear {{ recipient.name }},</p>
<p>We received your complaint on {{ complaint.receivedAt | datum }} (reference {{ complaint.reference }}). We would like to talk with you about it. In the conversation you can explain your complaint and we can respond to it. Then we will look for a solution together.</p>
{% if hearing %}<p>We invite you to a conversation:</p>
${HEARING_DETAILS_EN}{% endif %}
<p>Depending on the situation, the employee your complaint concerns may also be present{% if complaint.aboutEmployeeBehaviour %}. Because your complaint is about the behaviour of an employee, that employee will also be given the opportunity to respond{% endif %}. We will make a report of the conversation. If you wish, you may bring someone with you.</p>
<p>Is this moment not convenient for you? Please contact us as soon as possible and we will make a new appointment. Would you rather not have a conversation? Please let us know as well.</p>
${CLOSING_EN}`,
    },
  },
  {
    kind: 'not_admissible_notice',
    audience: 'complainant',
    nl: {
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
    en: {
      subject: 'Your complaint {{ complaint.reference }} will not be handled',
      body: `<p>Dear {{ recipient.name }},</p>
<p>We received your complaint on {{ complaint.receivedAt | datum }} (reference {{ complaint.reference }}). We have looked at your complaint carefully. Unfortunately we have to inform you that we will not handle your complaint.</p>
{% if complaint.notAdmissibleReason %}<p><strong>The reason</strong><br>
{{ complaint.notAdmissibleReason }}</p>{% endif %}
{% if complaint.notAdmissibleExplanation %}<p><strong>Explanation</strong><br>
{{ complaint.notAdmissibleExplanation | newline_to_br }}</p>{% endif %}
{% if complaint.referral %}<p><strong>Where you can go instead</strong><br>
{{ complaint.referral | newline_to_br }}</p>{% endif %}
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
<p>Do you have questions about this letter? Please contact us and mention reference {{ complaint.reference }}.</p>
${CLOSING_EN}`,
    },
  },
  {
    kind: 'agreements_letter',
    audience: 'complainant',
    nl: {
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
    en: {
      subject: 'Outcome of your complaint {{ complaint.reference }} and the agreements made',
      body: `<p>Dear {{ recipient.name }},</p>
<p>We received your complaint on {{ complaint.receivedAt | datum }} (reference {{ complaint.reference }}).{% if hearing.plannedAt %} On {{ hearing.plannedAt | datum }} we talked with you about your complaint.{% endif %} In this letter you can read what we investigated, what our judgement is and which agreements we made.</p>
{% if complaint.findings %}<p><strong>What we investigated</strong><br>
{{ complaint.findings | newline_to_br }}</p>{% endif %}
{% if complaint.judgement %}<p><strong>Our judgement</strong><br>
We consider your complaint <strong>{{ complaint.judgement | downcase }}</strong>.</p>{% endif %}
{% if complaint.conclusions %}<p><strong>Our conclusions</strong><br>
{{ complaint.conclusions | newline_to_br }}</p>{% endif %}
{% if agreements.size > 0 %}<p><strong>The agreements made</strong></p>
${AGREEMENT_LIST_EN}
<p>We will make sure that these agreements are kept.</p>{% else %}<p>No further agreements were made.</p>{% endif %}
<p><strong>Do you disagree with the outcome?</strong><br>
If you are not satisfied with the outcome or the solution offered, please let us know{% if complaint.statusUrl %} on <a href="{{ complaint.statusUrl }}">your personal complaint page</a>{% endif %}. If we cannot resolve it together, you can submit your complaint as a dispute to the {{ committee.name }} (${COMMITTEE_LINK}).</p>
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
${CLOSING_EN}`,
    },
  },
  {
    kind: 'term_extension',
    audience: 'complainant',
    nl: {
      subject: 'Meer tijd nodig voor uw klacht {{ complaint.reference }}',
      body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij uw klacht ontvangen (kenmerk {{ complaint.reference }}). Wij zouden uw klacht {% if complaint.previousHandlingDue %}uiterlijk op {{ complaint.previousHandlingDue | datum }} {% endif %}afhandelen. Het lukt ons helaas niet om dat op tijd en zorgvuldig te doen. Daarom verlengen wij de termijn.</p>
{% if complaint.extensionReason %}<p><strong>Reden</strong><br>
{{ complaint.extensionReason | newline_to_br }}</p>{% endif %}
<p>Wij handelen uw klacht nu uiterlijk op <strong>{{ complaint.handlingDue | datum }}</strong> af.</p>
<p>Onze excuses voor het langere wachten. Heeft u vragen? Neem dan contact met ons op en noem het kenmerk {{ complaint.reference }}.</p>
${CLOSING_NL}`,
    },
    en: {
      subject: 'More time needed for your complaint {{ complaint.reference }}',
      body: `<p>Dear {{ recipient.name }},</p>
<p>We received your complaint on {{ complaint.receivedAt | datum }} (reference {{ complaint.reference }}). We intended to complete the handling of your complaint {% if complaint.previousHandlingDue %}by {{ complaint.previousHandlingDue | datum }}{% else %}within the set term{% endif %}. Unfortunately we cannot do so in time and with due care. We are therefore extending the term.</p>
{% if complaint.extensionReason %}<p><strong>Reason</strong><br>
{{ complaint.extensionReason | newline_to_br }}</p>{% endif %}
<p>We will now complete the handling of your complaint by <strong>{{ complaint.handlingDue | datum }}</strong>.</p>
<p>We apologise for the longer wait. Do you have questions? Please contact us and mention reference {{ complaint.reference }}.</p>
${CLOSING_EN}`,
    },
  },
  {
    kind: 'term_extension',
    audience: 'accused',
    nl: {
      subject: 'Verlenging van de behandeltermijn van klacht {{ complaint.reference }}',
      body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij een klacht ontvangen die over u gaat (kenmerk {{ complaint.reference }}). Met deze brief laten wij u weten dat wij de termijn voor de behandeling van deze klacht verlengen{% if complaint.previousHandlingDue %}; de klacht zou uiterlijk op {{ complaint.previousHandlingDue | datum }} zijn afgehandeld{% endif %}.</p>
{% if complaint.extensionReason %}<p><strong>Reden</strong><br>
{{ complaint.extensionReason | newline_to_br }}</p>{% endif %}
<p>De klacht wordt nu uiterlijk op <strong>{{ complaint.handlingDue | datum }}</strong> afgehandeld. De indiener van de klacht heeft hierover ook bericht gekregen.</p>
<p>Heeft u vragen? Neem dan contact op met {% if handler.name %}{{ handler.name }}, de behandelaar van de klacht{% else %}de behandelaar van de klacht{% endif %}.</p>
${CLOSING_NL}`,
    },
    en: {
      subject: 'Extension of the handling term of complaint {{ complaint.reference }}',
      body: `<p>Dear {{ recipient.name }},</p>
<p>On {{ complaint.receivedAt | datum }} we received a complaint that concerns you (reference {{ complaint.reference }}). With this letter we inform you that we are extending the term for handling this complaint{% if complaint.previousHandlingDue %}; it was to be completed by {{ complaint.previousHandlingDue | datum }}{% endif %}.</p>
{% if complaint.extensionReason %}<p><strong>Reason</strong><br>
{{ complaint.extensionReason | newline_to_br }}</p>{% endif %}
<p>The complaint will now be completed by <strong>{{ complaint.handlingDue | datum }}</strong>. The complainant has been informed as well.</p>
<p>Do you have questions? Please contact {% if handler.name %}{{ handler.name }}, who handles the complaint{% else %}the person handling the complaint{% endif %}.</p>
${CLOSING_EN}`,
    },
  },
  {
    kind: 'closure',
    audience: 'complainant',
    nl: {
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
    en: {
      subject: 'Closure of your complaint {{ complaint.reference }}',
      body: `<p>Dear {{ recipient.name }},</p>
<p>With this letter we let you know that we have closed the handling of your complaint with reference {{ complaint.reference }}, which we received on {{ complaint.receivedAt | datum }}.</p>
{% if complaint.judgement %}<p>Our judgement of your complaint: <strong>{{ complaint.judgement | downcase }}</strong>.</p>{% endif %}
{% if agreements.size > 0 %}<p>This is where the agreements we made with you stand:</p>
<ul>
{% for agreement in agreements %}<li>{{ agreement.description }}<br>
State: {{ agreement.status }}</li>
{% endfor %}</ul>{% endif %}
<p>Thank you for your complaint. It helps us improve our services.</p>
<p>If you are not satisfied with the outcome or the solution offered, and we cannot resolve it together, you can submit your complaint as a dispute to the {{ committee.name }} (${COMMITTEE_LINK}). This committee is there for every client who has gone through the internal complaint procedure but could not reach agreement with us.</p>
${CLOSING_EN}`,
    },
  },
  {
    kind: 'committee_information',
    audience: 'complainant',
    nl: {
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
    en: {
      subject: 'Submitting your complaint {{ complaint.reference }} to the {{ committee.name }}',
      body: `<p>Dear {{ recipient.name }},</p>
<p>You have let us know that you are not satisfied with the outcome of your complaint with reference {{ complaint.reference }}, or with the solution we offered. We are sorry that we could not resolve it together. Your complaint has thereby become a dispute.</p>
<p>You can submit this dispute for judgement to the {{ committee.name }}. This independent committee is there for every client who has gone through the internal complaint procedure but could not reach agreement with us.</p>
<p><strong>How to reach the committee</strong></p>
<ul>
<li>{{ committee.name }}</li>
<li>Postal address: {{ committee.address | newline_to_br }}</li>
<li>E-mail: <a href="mailto:{{ committee.email }}">{{ committee.email }}</a></li>
<li>Website: ${COMMITTEE_LINK}</li>
</ul>
<p>Please submit your dispute to the committee within <strong>{{ committee.termWeeks }} weeks</strong> of the date of this letter. Mention reference {{ complaint.reference }} and enclose a copy of your complaint and of our letter with the outcome.</p>
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
${CLOSING_EN}`,
    },
  },
  {
    kind: 'staff_new_complaint',
    audience: 'staff',
    nl: {
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
    en: {
      subject: 'New complaint {{ complaint.reference }}',
      body: `<p>Dear {{ recipient.name }},</p>
<p>A new complaint has come in{% if complaint.department %} for the {{ complaint.department }} department{% endif %}.</p>
<ul>
<li>Reference: {{ complaint.reference }}</li>
<li>Received: {{ complaint.receivedAt | datumtijd }} ({{ complaint.channel }})</li>
{% if complaint.category %}<li>Category: {{ complaint.category }}</li>{% endif %}
{% if complaint.aboutEmployeeBehaviour %}<li>About the behaviour of an employee{% if complaint.accusedName %}: {{ complaint.accusedName }}{% endif %}</li>{% endif %}
{% if complaint.acknowledgementDue %}<li>Acknowledgement due: <strong>{{ complaint.acknowledgementDue | datum }}</strong></li>{% endif %}
</ul>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
    },
  },
  {
    kind: 'staff_behaviour_assigned',
    audience: 'staff',
    nl: {
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
    en: {
      subject: 'Behaviour complaint {{ complaint.reference }} assigned to you',
      body: `<p>Dear {{ recipient.name }},</p>
<p>As manager you handle complaint {{ complaint.reference }}. The complaint is about the behaviour of an employee{% if complaint.accusedName %} ({{ complaint.accusedName }}){% endif %}.</p>
<p>Invite the complainant for a conversation and give the employee the opportunity to respond as well (hearing both sides). The employee the complaint is about may not handle the complaint.</p>
<ul>
{% if complaint.acknowledgementDue %}<li>Acknowledgement due: {{ complaint.acknowledgementDue | datum }}</li>{% endif %}
{% if complaint.handlingDue %}<li>Handling due: {{ complaint.handlingDue | datum }}</li>{% endif %}
</ul>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
    },
  },
  {
    kind: 'staff_acknowledgement_due_tomorrow',
    audience: 'staff',
    nl: {
      subject: 'Morgen ontvangstbevestiging versturen: {{ complaint.reference }}',
      body: `<p>Beste {{ recipient.name }},</p>
<p>De ontvangstbevestiging van klacht {{ complaint.reference }} moet uiterlijk morgen, <strong>{{ complaint.acknowledgementDue | datum }}</strong>, verstuurd zijn.</p>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
    },
    en: {
      subject: 'Acknowledgement due tomorrow: {{ complaint.reference }}',
      body: `<p>Dear {{ recipient.name }},</p>
<p>The acknowledgement of complaint {{ complaint.reference }} must be sent by tomorrow, <strong>{{ complaint.acknowledgementDue | datum }}</strong>.</p>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
    },
  },
  {
    kind: 'staff_acknowledgement_overdue',
    audience: 'staff',
    nl: {
      subject: 'Ontvangstbevestiging te laat: {{ complaint.reference }}',
      body: `<p>Beste {{ recipient.name }},</p>
<p>De termijn voor de ontvangstbevestiging van klacht {{ complaint.reference }} is verlopen op <strong>{{ complaint.acknowledgementDue | datum }}</strong>. Verstuur de ontvangstbevestiging zo snel mogelijk.</p>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
    },
    en: {
      subject: 'Acknowledgement overdue: {{ complaint.reference }}',
      body: `<p>Dear {{ recipient.name }},</p>
<p>The term for acknowledging complaint {{ complaint.reference }} expired on <strong>{{ complaint.acknowledgementDue | datum }}</strong>. Please send the acknowledgement as soon as possible.</p>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
    },
  },
  {
    kind: 'staff_handling_expiring',
    audience: 'staff',
    nl: {
      subject: 'Behandeltermijn loopt af: {{ complaint.reference }}',
      body: `<p>Beste {{ recipient.name }},</p>
<p>De behandeltermijn van klacht {{ complaint.reference }} loopt af op <strong>{{ complaint.handlingDue | datum }}</strong>. Rond de behandeling voor die datum af. Lukt dat niet, verleng de termijn dan vóór die datum en laat dat de klager{% if complaint.aboutEmployeeBehaviour %} en de medewerker over wie de klacht gaat{% endif %} schriftelijk weten.</p>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
    },
    en: {
      subject: 'Handling term expiring: {{ complaint.reference }}',
      body: `<p>Dear {{ recipient.name }},</p>
<p>The handling term of complaint {{ complaint.reference }} expires on <strong>{{ complaint.handlingDue | datum }}</strong>. Please complete the handling before that date. If that is not possible, extend the term before that date and inform the complainant{% if complaint.aboutEmployeeBehaviour %} and the employee the complaint is about{% endif %} in writing.</p>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
    },
  },
  {
    kind: 'staff_handling_overdue',
    audience: 'staff',
    nl: {
      subject: 'Behandeltermijn verlopen: {{ complaint.reference }}',
      body: `<p>Beste {{ recipient.name }},</p>
<p>De behandeltermijn van klacht {{ complaint.reference }} is verlopen op <strong>{{ complaint.handlingDue | datum }}</strong>. Handel de klacht zo snel mogelijk af. Verder uitstel is alleen mogelijk met schriftelijke instemming van de klager; leg die vast bij de klacht.</p>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
    },
    en: {
      subject: 'Handling term expired: {{ complaint.reference }}',
      body: `<p>Dear {{ recipient.name }},</p>
<p>The handling term of complaint {{ complaint.reference }} expired on <strong>{{ complaint.handlingDue | datum }}</strong>. Please complete the handling as soon as possible. Further delay is only possible with the complainant's written consent; record it with the complaint.</p>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
    },
  },
  {
    kind: 'staff_agreement_due',
    audience: 'staff',
    nl: {
      subject: 'Termijn van een afspraak loopt af: {{ complaint.reference }}',
      body: `<p>Beste {{ recipient.name }},</p>
<p>Bij klacht {{ complaint.reference }} moet binnenkort een afspraak met de klager zijn nagekomen. Controleer of dat lukt en leg vast wanneer de afspraak is nagekomen.</p>
{% if agreements.size > 0 %}${STAFF_AGREEMENT_LIST_NL}{% endif %}
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
    },
    en: {
      subject: 'Agreement due soon: {{ complaint.reference }}',
      body: `<p>Dear {{ recipient.name }},</p>
<p>An agreement made with the complainant of complaint {{ complaint.reference }} is due soon. Please check that it will be kept and record when it has been kept.</p>
{% if agreements.size > 0 %}${STAFF_AGREEMENT_LIST_EN}{% endif %}
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
    },
  },
  {
    kind: 'staff_agreement_overdue',
    audience: 'staff',
    nl: {
      subject: 'Afspraak niet op tijd nagekomen: {{ complaint.reference }}',
      body: `<p>Beste {{ recipient.name }},</p>
<p>Bij klacht {{ complaint.reference }} is de termijn van een afspraak met de klager verstreken, zonder dat is vastgelegd dat de afspraak is nagekomen. Zorg dat de afspraak alsnog wordt nagekomen, of leg vast dat dit niet is gelukt, en informeer de klager.</p>
{% if agreements.size > 0 %}${STAFF_AGREEMENT_LIST_NL}{% endif %}
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
    },
    en: {
      subject: 'Agreement overdue: {{ complaint.reference }}',
      body: `<p>Dear {{ recipient.name }},</p>
<p>For complaint {{ complaint.reference }} the term of an agreement with the complainant has passed without it being recorded as kept. Please make sure the agreement is still kept, or record that it was not, and inform the complainant.</p>
{% if agreements.size > 0 %}${STAFF_AGREEMENT_LIST_EN}{% endif %}
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
    },
  },
  {
    kind: 'staff_hearing_tomorrow',
    audience: 'staff',
    nl: {
      subject: 'Morgen gesprek over klacht {{ complaint.reference }}',
      body: `<p>Beste {{ recipient.name }},</p>
<p>Morgen staat het gesprek (hoor en wederhoor) over klacht {{ complaint.reference }} met {{ complainant.name }} gepland.</p>
{% if hearing %}${HEARING_DETAILS_NL}{% endif %}
<p>Maak na het gesprek een verslag en leg de voorgestelde oplossing vast.</p>
${ADMIN_LINK_NL}
${STAFF_CLOSING_NL}`,
    },
    en: {
      subject: 'Hearing tomorrow for complaint {{ complaint.reference }}',
      body: `<p>Dear {{ recipient.name }},</p>
<p>Tomorrow the conversation (hearing both sides) about complaint {{ complaint.reference }} with {{ complainant.name }} is planned.</p>
{% if hearing %}${HEARING_DETAILS_EN}{% endif %}
<p>After the conversation, please write a report and record the proposed solution.</p>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
    },
  },
];

/** The default letters: every kind for its audience(s), in Dutch and English. */
export const DEFAULT_TEMPLATES: LetterTemplateSource[] = DEFAULT_LETTERS.flatMap((letter) =>
  (['nl', 'en'] as const).map((locale) => ({
    kind: letter.kind,
    audience: letter.audience,
    locale,
    subject: letter[locale].subject,
    body: letter[locale].body,
  })),
);

/** The default template for a kind, audience and locale, if there is one. */
export function defaultTemplate(kind: LetterKind, audience: LetterAudience, locale: Locale): LetterTemplateSource | undefined {
  return DEFAULT_TEMPLATES.find((template) => template.kind === kind && template.audience === audience && template.locale === locale);
}
