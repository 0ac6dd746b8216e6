<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>What the session is about, as announced in the programme</source>
        <translation>Le contenu de la session, tel qu&apos;annoncé dans le programme</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>What participants will be able to do afterwards</source>
        <translation>Ce que les participants sauront faire à l&apos;issue de la session</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>P&amp;ublic</translation>
    </message>
    <message>
        <source>All agents, managers, agents preparing an exam…</source>
        <translation>Tous les agents, managers, agents préparant un concours…</translation>
    </message>
    <message>
        <source>&amp;Prerequisites</source>
        <translation>&amp;Prérequis</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source> h</source>
        <translation>&#xa0;h</translation>
    </message>
    <message>
        <source>Hours; leave 0 h 00 when the duration varies</source>
        <translation>Heures&#x202f;; laissez 0&#xa0;h&#xa0;00 si la durée est variable</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Default &amp;capacity</source>
        <translation>&amp;Capacité par défaut</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source> places</source>
        <translation>&#xa0;places</translation>
    </message>
    <message>
        <source>Proposed for each new session of this action</source>
        <translation>Proposée pour chaque nouvelle session de cette action</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Mots-clés</translation>
    </message>
    <message>
        <source>Separated by commas: office software, spreadsheet</source>
        <translation>Séparés par des virgules&#xa0;: bureautique, tableur</translation>
    </message>
    <message>
        <source>A&amp;ctive (untick to retire the action: no new sessions)</source>
        <translation>&amp;Active (décocher pour archiver l&apos;action&#xa0;: plus de nouvelles sessions)</translation>
    </message>
</context>
<context>
    <name>AgentColumnMapping</name>
    <message>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <source>Matricule</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Civility or sex</source>
        <translation>Civilité ou sexe</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Choose the column that holds the matricule: agents are matched by it.</source>
        <translation>Choisissez la colonne qui contient le matricule&#xa0;: c&apos;est par lui que les agents sont identifiés.</translation>
    </message>
    <message>
        <source>Choose the column that holds the last name.</source>
        <translation>Choisissez la colonne qui contient le nom.</translation>
    </message>
    <message>
        <source>Two columns hold the field “%1”: keep one.</source>
        <translation>Deux colonnes contiennent le champ «&#xa0;%1&#xa0;»&#xa0;: n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>This is not a column mapping of agents.</source>
        <translation>Ce n&apos;est pas une correspondance de colonnes pour les agents.</translation>
    </message>
    <message>
        <source>The column mapping reads its headers on row %1; they must be within the first %2 rows of the file.</source>
        <translation>La correspondance des colonnes lit les en-têtes à la ligne %1 ; ils doivent se trouver dans les %2 premières lignes du fichier.</translation>
    </message>
    <message>
        <source>Unknown field “%1” in the column mapping.</source>
        <translation>Champ inconnu «&#xa0;%1&#xa0;» dans la correspondance des colonnes.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AgentCommands</name>
    <message>
        <source>Add %1</source>
        <translation>l&apos;ajout de %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>la modification de %1</translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n agent(s)</source>
        <translation>
            <numerusform>la réactivation de %n agent</numerusform>
            <numerusform>la réactivation de %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n agent(s)</source>
        <translation>
            <numerusform>la désactivation de %n agent</numerusform>
            <numerusform>la désactivation de %n agents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>&amp;Matricule</source>
        <translation>&amp;Matricule</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Courri&amp;el</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>G&amp;rade</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>E&amp;xternal speaker (not an agent of the organisation)</source>
        <translation>Intervenant e&amp;xtérieur (n&apos;est pas un agent de la collectivité)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>&amp;Facilitation training</source>
        <translation>&amp;Formation à l&apos;animation</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Actif</translation>
    </message>
</context>
<context>
    <name>AgentHistoryStore</name>
    <message>
        <source>This person is no longer in the directory.</source>
        <translation>Cette personne ne figure plus dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>The period must end on or after its start.</source>
        <translation>La période doit se terminer le jour de son début ou après.</translation>
    </message>
</context>
<context>
    <name>AgentImport</name>
    <message>
        <source>Matricule %1 is on several lines: %2.</source>
        <translation>Le matricule %1 figure sur plusieurs lignes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No matricule: the agent cannot be matched.</source>
        <translation>Pas de matricule&#xa0;: l&apos;agent ne peut pas être identifié.</translation>
    </message>
    <message>
        <source>No last name.</source>
        <translation>Pas de nom.</translation>
    </message>
    <message>
        <source>No first name.</source>
        <translation>Pas de prénom.</translation>
    </message>
    <message>
        <source>Unknown civility “%1”.</source>
        <translation>Civilité inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown category “%1”: A, B or C expected.</source>
        <translation>Catégorie inconnue «&#xa0;%1&#xa0;»&#xa0;: A, B ou C attendu.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique.</translation>
    </message>
</context>
<context>
    <name>AgentImportDialog</name>
    <message>
        <source>Import agents</source>
        <translation>Importer des agents</translation>
    </message>
    <message>
        <source>Updates the directory from the HR system&apos;s export. Agents are matched by matricule: new ones are created, changed ones updated; lines with a problem are left out. An import cannot be undone with Edit ▸ Undo: check the preview first.</source>
        <translation>Met à jour l&apos;annuaire à partir de l&apos;export du SIRH. Les agents sont identifiés par leur matricule&#xa0;: les nouveaux sont créés, ceux qui ont changé sont mis à jour&#x202f;; les lignes qui posent problème sont écartées. Un import ne peut pas être annulé par Édition ▸ Annuler&#xa0;: vérifiez d&apos;abord l&apos;aperçu.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Headers on row:</source>
        <translation>&amp;En-têtes à la ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Columns of the file and the field each one holds:</source>
        <translation>Colonnes du fichier et champ que contient chacune&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>C&amp;harger une correspondance…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>En&amp;registrer la correspondance…</translation>
    </message>
    <message>
        <source>The first lines as they will be stored:</source>
        <translation>Les premières lignes, telles qu&apos;elles seront enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Lines left out and why:</source>
        <translation>Lignes écartées et motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Deactivate the agents missing from this file (a full export)</source>
        <translation>&amp;Désactiver les agents absents de ce fichier (export complet)</translation>
    </message>
</context>
<context>
    <name>AgentImporter</name>
    <message>
        <source>The service “%1” has no direction: give it in the direction column.</source>
        <translation>Le service «&#xa0;%1&#xa0;» n&apos;a pas de direction&#xa0;: indiquez-la dans la colonne de la direction.</translation>
    </message>
    <message>
        <source>Several directions have a service “%1”: give the direction.</source>
        <translation>Plusieurs directions ont un service «&#xa0;%1&#xa0;»&#xa0;: indiquez la direction.</translation>
    </message>
    <message>
        <source>No agent of this file can be imported: the agents missing from it are not deactivated. Check the file and its columns.</source>
        <translation>Aucun agent de ce fichier ne peut être importé&#xa0;: les agents qui en sont absents ne sont pas désactivés. Vérifiez le fichier et ses colonnes.</translation>
    </message>
    <message>
        <source>This school is open read-only: the agents cannot be imported.</source>
        <translation>Cette école est ouverte en lecture seule&#xa0;: les agents ne peuvent pas être importés.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>L&apos;import a été annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AnimatorAttestation</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Attestation of animation - %1 - %2 to %3</source>
        <translation>Attestation d&apos;animation - %1 - %2 au %3</translation>
    </message>
    <message>
        <source>%1 animated no held session between %2 and %3: there is nothing to attest. Choose another period, or check that the sessions are marked as held.</source>
        <translation>%1 n&apos;a animé aucune session réalisée entre le %2 et le %3&#xa0;: il n&apos;y a rien à attester. Choisissez une autre période, ou vérifiez que les sessions sont bien marquées comme réalisées.</translation>
    </message>
    <message>
        <source>Attestation of animation</source>
        <translation>Attestation d&apos;animation</translation>
    </message>
    <message>
        <source>%1 certifies that %2 led the following sessions of the %4 school between %5 and %6:</source>
        <translation>%1 atteste que %2 a animé les sessions suivantes de l&apos;école %4 entre le %5 et le %6&#xa0;:</translation>
    </message>
    <message>
        <source>%1 certifies that %2 (%3) led the following sessions of the %4 school between %5 and %6:</source>
        <translation>%1 atteste que %2 (%3) a animé les sessions suivantes de l&apos;école %4 entre le %5 et le %6&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>%1 (%2)</source>
        <comment>an external speaker and their organisation</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>the first and last days of a session</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Animators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Animator</source>
        <translation>Animateur</translation>
    </message>
    <message numerus="yes">
        <source>Participants (%n registered)</source>
        <translation>
            <numerusform>Participants (%n inscrit)</numerusform>
            <numerusform>Participants (%n inscrits)</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Direction / Service</source>
        <translation>Direction / Service</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>%1 certifies having led the session.</source>
        <translation>%1 atteste avoir animé la session.</translation>
    </message>
    <message>
        <source>Attendance sheet - %1 - %2</source>
        <translation>Feuille d&apos;émargement - %1 - %2</translation>
    </message>
    <message>
        <source>The session %1 is cancelled: it has no attendance sheet.</source>
        <translation>La session %1 est annulée&#xa0;: elle n&apos;a pas de feuille d&apos;émargement.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the format, the session&apos;s code</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>AttendanceSheetReader</name>
    <message>
        <source>No session has the code “%1”. Session codes look like UT-2021-014: the Programme page shows them.</source>
        <translation>Aucune session ne porte le code «&#xa0;%1&#xa0;». Les codes de session sont de la forme UT-2021-014&#xa0;: la page Programme les affiche.</translation>
    </message>
    <message>
        <source>This session is no longer in the programme.</source>
        <translation>Cette session ne figure plus au programme.</translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cette session n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This session is cancelled: its attendance cannot be recorded.</source>
        <translation>Cette session est annulée&#xa0;: ses présences ne peuvent pas être saisies.</translation>
    </message>
    <message>
        <source>The days or times of this session changed since its attendance was read. Open it again to record its attendance.</source>
        <translation>Les jours ou les horaires de cette session ont changé depuis la lecture de ses présences. Rouvrez-la pour saisir ses présences.</translation>
    </message>
    <message>
        <source>Each registrant needs one attendance per half-day of the session.</source>
        <translation>La présence de chaque inscrit doit être indiquée pour chaque demi-journée de la session.</translation>
    </message>
    <message>
        <source>This agent no longer exists.</source>
        <translation>Cet agent n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 is inactive: reactivate the agent first.</source>
        <translation>%1 est inactif&#xa0;: réactivez d&apos;abord l&apos;agent.</translation>
    </message>
    <message>
        <source>%1 animates this session and cannot also attend it.</source>
        <translation>%1 anime cette session et ne peut pas y participer en même temps.</translation>
    </message>
    <message>
        <source>%1 is already on the attendance sheet.</source>
        <translation>%1 figure déjà sur la feuille d&apos;émargement.</translation>
    </message>
</context>
<context>
    <name>Attestation</name>
    <message>
        <source>%1 to %2</source>
        <comment>first and last day of a session</comment>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n session(s)</source>
        <translation>
            <numerusform>Total&#xa0;: %n session</numerusform>
            <numerusform>Total&#xa0;: %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <comment>no place known</comment>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <source>Issued in %1 on %2</source>
        <translation>Fait à %1, le %2</translation>
    </message>
    <message>
        <source>For %1,</source>
        <comment>the organisation that signs</comment>
        <translation>Pour %1,</translation>
    </message>
    <message>
        <source>Signature and stamp</source>
        <translation>Signature et cachet</translation>
    </message>
</context>
<context>
    <name>BackupRotation</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>CANCELLED – %1</source>
        <comment>summary of a cancelled session</comment>
        <translation>ANNULÉE – %1</translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation>Cette session est annulée.</translation>
    </message>
    <message>
        <source>This session is cancelled: %1</source>
        <translation>Cette session est annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Animated by %1</source>
        <translation>Animée par %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 registered for %n seat(s)</source>
        <translation>
            <numerusform>Inscrits&#xa0;: %1 pour %n place</numerusform>
            <numerusform>Inscrits&#xa0;: %1 pour %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n en liste d&apos;attente</numerusform>
            <numerusform>%n en liste d&apos;attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>%1 – programme from %2 to %3</source>
        <translation>%1 – programme du %2 au %3</translation>
    </message>
    <message>
        <source>Unknown format “%1”: the school has no format yet.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: l&apos;école n&apos;a encore aucun format.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: the school&apos;s formats are %2.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: les formats de l&apos;école sont %2.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Cannot write the calendar %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;agenda %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CatalogueBrochure</name>
    <message>
        <source>The catalogue of the school&apos;s actions and the dates of their sessions</source>
        <translation>Le catalogue des actions de l&apos;école et les dates de leurs sessions</translation>
    </message>
    <message>
        <source>No action is offered this year yet.</source>
        <translation>Aucune action n&apos;est encore proposée cette année.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objectifs&#xa0;:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Public&#xa0;:</translation>
    </message>
    <message>
        <source>Prerequisites:</source>
        <translation>Prérequis&#xa0;:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>Dates to be announced</source>
        <translation>Dates à venir</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <comment>the brochure&apos;s title, with the school year</comment>
        <translation>Programme %1</translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation>l&apos;ajout de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>la modification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>la suppression de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reactivate “%1”</source>
        <translation>la réactivation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Retire “%1”</source>
        <translation>l&apos;archivage de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>le déplacement de «&#xa0;%1&#xa0;» vers le haut</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>le déplacement de «&#xa0;%1&#xa0;» vers le bas</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Create the demo school</source>
        <translation>Créer l&apos;école de démonstration</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database</source>
        <translation>Écrire une copie cohérente de la base de données</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity</source>
        <translation>Vérifier l&apos;intégrité de la base de données</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>TRUC² runs an internal training school: catalogue, programme, registrations, attendance sheets, surveys and impact reports.
Without a command, the window opens.</source>
        <translation>TRUC² gère une école de formation interne&#xa0;: catalogue, programme, inscriptions, feuilles d&apos;émargement, enquêtes et bilans d&apos;impact.
Sans commande, la fenêtre s&apos;ouvre.</translation>
    </message>
    <message>
        <source>The school&apos;s database file.</source>
        <translation>Le fichier de base de données de l&apos;école.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Language of the program: fr (default) or en.</source>
        <translation>Langue du logiciel&#xa0;: fr (par défaut) ou en.</translation>
    </message>
    <message>
        <source>A command (see above), or none for the window.</source>
        <translation>Une commande (voir ci-dessus), ou aucune pour ouvrir la fenêtre.</translation>
    </message>
    <message>
        <source>Run “truc2 --help” for the list of options.</source>
        <translation>Lancez «&#xa0;truc2 --help&#xa0;» pour obtenir la liste des options.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Run “truc2 %1 --help” for its options.</source>
        <translation>Lancez «&#xa0;truc2 %1 --help&#xa0;» pour connaître ses options.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Creates the demo school: 600 agents, the five formats, the catalogue and the programme from September 2019 to December 2021, whose figures are the ones the municipality published. With --agents and --years, a large municipality of the same shape, for benchmarks.</source>
        <translation>Crée l&apos;école de démonstration&#xa0;: 600 agents, les cinq formats, le catalogue et le programme de septembre 2019 à décembre 2021, dont les chiffres sont ceux publiés par la commune. Avec --agents et --years, une grande commune de même structure, pour les mesures de performance.</translation>
    </message>
    <message>
        <source>Replace an existing database.</source>
        <translation>Remplacer une base de données existante.</translation>
    </message>
    <message>
        <source>Number of agents.</source>
        <translation>Nombre d&apos;agents.</translation>
    </message>
    <message>
        <source>Number of school years from September 2019.</source>
        <translation>Nombre d&apos;années scolaires à partir de septembre 2019.</translation>
    </message>
    <message>
        <source>--agents takes a number from 50 to 1000000.</source>
        <translation>--agents attend un nombre de 50 à 1000000.</translation>
    </message>
    <message>
        <source>--years takes a number from 1 to 50.</source>
        <translation>--years attend un nombre de 1 à 50.</translation>
    </message>
    <message>
        <source>%1 already exists: add --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;: ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>The demo school was not created: %1</source>
        <translation>L&apos;école de démonstration n&apos;a pas été créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Demo school created in %1.</source>
        <translation>École de démonstration créée dans %1.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Premier jour de la période.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Dernier jour de la période.</translation>
    </message>
    <message>
        <source>Give the period with --from and --to (YYYY-MM-DD).</source>
        <translation>Indiquez la période avec --from et --to (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, e.g. 2021-05-31.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la sous la forme YYYY-MM-DD, par exemple 2021-05-31.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database, even while the program is in use. To restore it, open the copy.</source>
        <translation>Écrit une copie cohérente de la base de données, même pendant l&apos;utilisation du logiciel. Pour la restaurer, ouvrez la copie.</translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation>La copie à écrire.</translation>
    </message>
    <message>
        <source>Name the copy with --out FILE.</source>
        <translation>Nommez la copie avec --out FILE.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Checks the database&apos;s integrity and references; exits with 1 on a problem.</source>
        <translation>Vérifie l&apos;intégrité et les références de la base de données&#x202f;; se termine avec le code 1 en cas de problème.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème détecté.</numerusform>
            <numerusform>%n problèmes détectés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problem found: %n agent(s) in the directory.</source>
        <translation>
            <numerusform>Aucun problème détecté&#xa0;: %n agent dans l&apos;annuaire.</numerusform>
            <numerusform>Aucun problème détecté&#xa0;: %n agents dans l&apos;annuaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy a whole school to another database</source>
        <translation>Copier une école entière dans une autre base de données</translation>
    </message>
    <message>
        <source>The school was upgraded to this version&apos;s schema; the file as it was is kept in %1.</source>
        <translation>L&apos;école a été mise à jour vers le schéma de cette version&#x202f;; le fichier tel qu&apos;il était est conservé dans %1.</translation>
    </message>
    <message>
        <source>Schema %1: the program will upgrade it to schema %2 the next time it opens the school for writing.</source>
        <translation>Schéma %1&#xa0;: le logiciel mettra l&apos;école à jour vers le schéma %2 la prochaine fois qu&apos;il l&apos;ouvrira en écriture.</translation>
    </message>
    <message>
        <source>Copies a whole school to another database: from a file to a PostgreSQL server to share it, back to a file, or to another file. The target must be a new file or a server database without a school; the figures of both sides are compared at the end. Give the server&apos;s password in PGPASSWORD or ~/.pgpass, never in the address.</source>
        <translation>Copie une école entière dans une autre base de données&#xa0;: d&apos;un fichier vers un serveur PostgreSQL pour la partager, d&apos;un serveur vers un fichier, ou d&apos;un fichier vers un autre. La destination doit être un nouveau fichier ou une base de données sans école sur un serveur&#x202f;; les chiffres des deux côtés sont comparés à la fin. Indiquez le mot de passe du serveur dans PGPASSWORD ou ~/.pgpass, jamais dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>The school to copy: a file, or postgresql://user@host:port/database.</source>
        <translation>L&apos;école à copier&#xa0;: un fichier, ou postgresql://utilisateur@serveur:port/base.</translation>
    </message>
    <message>
        <source>path|address</source>
        <translation>chemin|adresse</translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or an empty database on a server.</source>
        <translation>Où la copier&#xa0;: un nouveau fichier, ou une base de données vide sur un serveur.</translation>
    </message>
    <message>
        <source>Replace an existing target file (a server database is never replaced).</source>
        <translation>Remplacer un fichier de destination existant (une base de données sur un serveur n&apos;est jamais remplacée).</translation>
    </message>
    <message>
        <source>copy names both databases with --from and --to, not --database.</source>
        <translation>copy désigne les deux bases de données avec --from et --to, pas avec --database.</translation>
    </message>
    <message>
        <source>Name the school to copy with --from and the target with --to.</source>
        <translation>Indiquez l&apos;école à copier avec --from et la destination avec --to.</translation>
    </message>
    <message>
        <source>--force only replaces a file: a server database is never replaced. Copy into an empty database.</source>
        <translation>--force ne remplace qu&apos;un fichier&#xa0;: une base de données sur un serveur n&apos;est jamais remplacée. Copiez dans une base de données vide.</translation>
    </message>
    <message>
        <source>%1 copied to %2:</source>
        <translation>%1 copié vers %2&#xa0;:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Row counts identical on both sides; no session to compare figures.</source>
        <translation>Nombres de lignes identiques des deux côtés&#x202f;; aucune session pour comparer les chiffres.</translation>
    </message>
    <message>
        <source>Figures identical on both sides (%1).</source>
        <translation>Chiffres identiques des deux côtés (%1).</translation>
    </message>
    <message>
        <source>Write the sessions of a period as a calendar file</source>
        <translation>Écrire les sessions d&apos;une période dans un fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>Writes the sessions of a period as an iCalendar file (.ics) that Outlook, Thunderbird and phones import. Each session keeps the same identity from one export to the next, so importing a newer file updates the events: moved, changed or cancelled.</source>
        <translation>Écrit les sessions d&apos;une période dans un fichier iCalendar (.ics) qu&apos;Outlook, Thunderbird et les téléphones savent importer. Chaque session garde la même identité d&apos;un export à l&apos;autre&#xa0;: importer un fichier plus récent met donc à jour les événements déplacés, modifiés ou annulés.</translation>
    </message>
    <message>
        <source>The calendar file to write.</source>
        <translation>Le fichier d&apos;agenda à écrire.</translation>
    </message>
    <message>
        <source>Only the sessions of this format (its code, e.g. UT).</source>
        <translation>Uniquement les sessions de ce format (son code, par exemple UT).</translation>
    </message>
    <message>
        <source>Name the calendar file with --out FILE.ics.</source>
        <translation>Nommez le fichier d&apos;agenda avec --out FILE.ics.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n session écrite dans %1.</numerusform>
            <numerusform>%n sessions écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the attendance sheet of a session</source>
        <translation>Écrire la feuille d&apos;émargement d&apos;une session</translation>
    </message>
    <message>
        <source>Writes the attendance sheet of a session as a PDF: its registrants sorted by name (not the waiting list), blank rows for walk-ins and the animators, with a cell to sign for each half-day.</source>
        <translation>Écrit la feuille d&apos;émargement d&apos;une session au format PDF&#xa0;: ses inscrits triés par nom (hors liste d&apos;attente), des lignes vierges pour les personnes venues sans inscription et les animateurs, avec une case à signer pour chaque demi-journée.</translation>
    </message>
    <message>
        <source>The session&apos;s code, e.g. UT-2021-014.</source>
        <translation>Le code de la session, par exemple UT-2021-014.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Blank rows for walk-ins, from 0 to %1 (default %2).</source>
        <translation>Lignes vierges pour les personnes venues sans inscription, de 0 à %1 (%2 par défaut).</translation>
    </message>
    <message>
        <source>Name the session by its code: truc2 sheet UT-2021-014 --out FILE.pdf.</source>
        <translation>Désignez la session par son code&#xa0;: truc2 sheet UT-2021-014 --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Name the PDF file with --out FILE.pdf.</source>
        <translation>Nommez le fichier PDF avec --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--blank-rows takes a number from 0 to %1.</source>
        <translation>--blank-rows attend un nombre de 0 à %1.</translation>
    </message>
    <message numerus="yes">
        <source>Attendance sheet of %1 (%n registrant(s)) written to %2.</source>
        <translation>
            <numerusform>Feuille d&apos;émargement de %1 (%n inscrit) enregistrée dans %2.</numerusform>
            <numerusform>Feuille d&apos;émargement de %1 (%n inscrits) enregistrée dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write agents, sessions, registrations or survey responses as CSV or XLSX for Excel</source>
        <translation>Écrire les agents, les sessions, les inscriptions ou les réponses aux enquêtes en CSV ou XLSX pour Excel</translation>
    </message>
    <message>
        <source>Import agents or survey results from a file</source>
        <translation>Importer des agents ou des résultats d&apos;enquête depuis un fichier</translation>
    </message>
    <message>
        <source>The directory of agents</source>
        <translation>L&apos;annuaire des agents</translation>
    </message>
    <message>
        <source>The sessions, their counts and animators</source>
        <translation>Les sessions, leurs effectifs et leurs animateurs</translation>
    </message>
    <message>
        <source>The registrations and attendance</source>
        <translation>Les inscriptions et les présences</translation>
    </message>
    <message>
        <source>The survey responses</source>
        <translation>Les réponses aux enquêtes</translation>
    </message>
    <message>
        <source>Writes a table of the school for Excel: CSV as French Excel opens it (UTF-8, semicolons, dates dd/mm/yyyy, matricules kept as text, cells that look like formulas neutralised) or an XLSX workbook with typed cells.

Tables:
</source>
        <translation>Écrit un tableau de l&apos;école pour Excel&#xa0;: un CSV tel que l&apos;ouvre Excel en français (UTF-8, points-virgules, dates jj/mm/aaaa, matricules conservés en texte, cellules ressemblant à des formules neutralisées) ou un classeur XLSX aux cellules typées.

Tableaux&#xa0;:
</translation>
    </message>
    <message>
        <source>The table to export.</source>
        <translation>Le tableau à exporter.</translation>
    </message>
    <message>
        <source>csv or xlsx (by default, the file&apos;s extension).</source>
        <translation>csv ou xlsx (par défaut, l&apos;extension du fichier).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>First day of the period (sessions, registrations, responses).</source>
        <translation>Premier jour de la période (sessions, inscriptions, réponses).</translation>
    </message>
    <message>
        <source>Name the table to export:</source>
        <translation>Indiquez le tableau à exporter&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown table “%1”; the tables are:</source>
        <translation>Tableau inconnu «&#xa0;%1&#xa0;»&#x202f;; les tableaux sont&#xa0;:</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>Indiquez le fichier à écrire avec --out FICHIER.</translation>
    </message>
    <message>
        <source>Give the format with --format csv or --format xlsx.</source>
        <translation>Indiquez le format avec --format csv ou --format xlsx.</translation>
    </message>
    <message>
        <source>The %1 table has no period: leave out --from and --to.</source>
        <translation>Le tableau %1 n&apos;a pas de période&#xa0;: retirez --from et --to.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Inchangés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deactivated: %1</source>
        <translation>Désactivés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejetés&#xa0;: %1</translation>
    </message>
    <message>
        <source>New directions: %1, new services: %2</source>
        <translation>Nouvelles directions&#xa0;: %1, nouveaux services&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Ligne %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Updates the directory of agents from the HR system&apos;s export (CSV or XLSX): agents are matched by matricule, new ones created, changed ones updated, directions and services created as needed, all in one transaction. Lines with a problem are listed and left out.</source>
        <translation>Met à jour l&apos;annuaire des agents à partir de l&apos;export du SIRH (CSV ou XLSX)&#xa0;: les agents sont identifiés par leur matricule, les nouveaux sont créés, ceux qui ont changé sont mis à jour, les directions et les services sont créés si besoin, le tout en une seule transaction. Les lignes qui posent problème sont listées et écartées.</translation>
    </message>
    <message>
        <source>The export to import.</source>
        <translation>L&apos;export à importer.</translation>
    </message>
    <message>
        <source>A column mapping saved by the import dialog (JSON); otherwise the columns are guessed from their headers.</source>
        <translation>Une correspondance des colonnes enregistrée par la fenêtre d&apos;import (JSON)&#x202f;; sinon, les colonnes sont devinées d&apos;après leurs en-têtes.</translation>
    </message>
    <message>
        <source>The file is a full export: deactivate the agents it does not list (external speakers and agents without a matricule excepted).</source>
        <translation>Le fichier est un export complet&#xa0;: désactiver les agents qui n&apos;y figurent pas (sauf les intervenants extérieurs et les agents sans matricule).</translation>
    </message>
    <message>
        <source>Print what would be done; write nothing.</source>
        <translation>Afficher ce qui serait fait, sans rien écrire.</translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation>Indiquez le fichier à importer.</translation>
    </message>
    <message>
        <source>%1 holds no table.</source>
        <translation>%1 ne contient aucun tableau.</translation>
    </message>
    <message>
        <source>Give a column mapping with --mapping.</source>
        <translation>Indiquez une correspondance des colonnes avec --mapping.</translation>
    </message>
    <message>
        <source>%1 holds no agent.</source>
        <translation>%1 ne contient aucun agent.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Update the directory of agents from the HR system&apos;s export</source>
        <translation>Mettre à jour l&apos;annuaire des agents à partir de l&apos;export du SIRH</translation>
    </message>
    <message>
        <source>Survey results exported by LimeSurvey, Google Forms, Microsoft Forms or Framaforms</source>
        <translation>Résultats d&apos;enquête exportés par LimeSurvey, Google Forms, Microsoft Forms ou Framaforms</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a survey mapping.</source>
        <translation>%1 n&apos;est pas une correspondance de colonnes d&apos;enquête.</translation>
    </message>
    <message>
        <source>Using the template “%1”.</source>
        <translation>Utilisation du modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Imports the responses of a survey export (CSV or XLSX). Names, e-mail addresses and IP addresses in the file are never stored. Responses already imported are left out, so a later export of the same survey adds only the new ones.</source>
        <translation>Importe les réponses d&apos;un export d&apos;enquête (CSV ou XLSX). Les noms, adresses électroniques et adresses IP du fichier ne sont jamais enregistrés. Les réponses déjà importées sont écartées&#xa0;: un export ultérieur de la même enquête n&apos;ajoute donc que les nouvelles.</translation>
    </message>
    <message>
        <source>The exported file.</source>
        <translation>Le fichier exporté.</translation>
    </message>
    <message>
        <source>The session every response is for, when the file has no column with the session&apos;s code.</source>
        <translation>La session à laquelle se rapportent toutes les réponses, quand le fichier n&apos;a pas de colonne avec le code de la session.</translation>
    </message>
    <message>
        <source>A mapping of the columns saved as JSON (as the import dialog saves it).</source>
        <translation>Une correspondance des colonnes enregistrée en JSON (comme l&apos;enregistre la fenêtre d&apos;import).</translation>
    </message>
    <message>
        <source>Show what would be imported, import nothing.</source>
        <translation>Afficher ce qui serait importé, sans rien importer.</translation>
    </message>
    <message>
        <source>Also import the responses that were never submitted.</source>
        <translation>Importer aussi les réponses qui n&apos;ont jamais été envoyées.</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Usage: truc2 import KIND FILE [options]</source>
        <translation>Usage&#xa0;: truc2 import TYPE FICHIER [options]</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Types&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown kind of import “%1”.</source>
        <translation>Type d&apos;import inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Write the impact report of a period</source>
        <translation>Écrire le bilan d&apos;une période</translation>
    </message>
    <message>
        <source>Unknown format code “%1”: the school&apos;s formats are %2.</source>
        <translation>Code de format inconnu «&#xa0;%1&#xa0;»&#xa0;: les formats de l&apos;école sont %2.</translation>
    </message>
    <message>
        <source>Writes the impact report of a period: the municipality&apos;s sentences, a table per format, reach and mixing between services, satisfaction, the comparison with the previous year, the dashboard&apos;s charts, the animators, the most appreciated actions and the training indicators of the social report.</source>
        <translation>Écrit le bilan d&apos;une période&#xa0;: les phrases de la collectivité, un tableau par format, le public touché et la mixité entre services, la satisfaction, la comparaison avec l&apos;année précédente, les graphiques du tableau de bord, les animateurs, les actions les plus appréciées et les indicateurs de formation du rapport social unique.</translation>
    </message>
    <message>
        <source>pdf, odt, html, xlsx, csv, json or txt (default: txt, the sentences and the tables as text).</source>
        <translation>pdf, odt, html, xlsx, csv, json ou txt (par défaut&#xa0;: txt, les phrases et les tableaux en texte).</translation>
    </message>
    <message>
        <source>File to write (default for json and txt: standard output).</source>
        <translation>Fichier à écrire (par défaut pour json et txt&#xa0;: sortie standard).</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use pdf, odt, html, xlsx, csv, json or txt.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez pdf, odt, html, xlsx, csv, json ou txt.</translation>
    </message>
    <message>
        <source>Name the report&apos;s file with --out FILE.%1</source>
        <translation>Nommez le fichier du bilan avec --out FILE.%1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Se connecter à une base de données partagée</translation>
    </message>
    <message>
        <source>A shared school lives on a PostgreSQL server, so that several workstations work on the same data. Your IT team gives you these details.</source>
        <translation>Une école partagée se trouve sur un serveur PostgreSQL, pour que plusieurs postes travaillent sur les mêmes données. Votre service informatique vous fournit ces informations.</translation>
    </message>
    <message>
        <source>R&amp;ecent</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>name or address, e.g. db.town-hall.local</source>
        <translation>nom ou adresse, par exemple db.mairie.local</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop&apos;s keyring</source>
        <translation>&amp;Enregistrer le mot de passe dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>&amp;Chiffrement</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n participants</source>
        <translation>
            <numerusform>%1, %2&#xa0;: %n participant</numerusform>
            <numerusform>%1, %2&#xa0;: %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions held</source>
        <translation>
            <numerusform>%n session réalisée</numerusform>
            <numerusform>%n sessions réalisées</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sessions</source>
        <translation>
            <numerusform>%1&#xa0;: %n session</numerusform>
            <numerusform>%1&#xa0;: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents reached to date, share of the permanent headcount (%1)</source>
        <translation>Agents touchés en cumul, part de l&apos;effectif permanent (%1)</translation>
    </message>
    <message>
        <source>Agents reached to date</source>
        <translation>Agents touchés en cumul</translation>
    </message>
    <message numerus="yes">
        <source>End of %1: %n agents reached</source>
        <translation>
            <numerusform>Fin %1&#xa0;: %n agent touché</numerusform>
            <numerusform>Fin %1&#xa0;: %n agents touchés</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 of the headcount)</source>
        <translation> (%1 de l&apos;effectif)</translation>
    </message>
    <message>
        <source>Share of the headcount</source>
        <translation>Part de l&apos;effectif</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Share of the direction&apos;s agents reached</source>
        <translation>Part des agents de la direction touchés</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n agents reached (%3)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 sur %n agent touché (%3)</numerusform>
            <numerusform>%1&#xa0;: %2 sur %n agents touchés (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions with %1 directions present</source>
        <translation>
            <numerusform>%n session avec %1 directions présentes</numerusform>
            <numerusform>%n sessions avec %1 directions présentes</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1 directions per session</source>
        <translation>en moyenne %1 directions par session</translation>
    </message>
    <message>
        <source>%1 of participants from outside the animator&apos;s direction</source>
        <translation>%1 des participants extérieurs à la direction de l&apos;animateur</translation>
    </message>
    <message>
        <source>Directions present at the session</source>
        <translation>Directions présentes à la session</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Useful skills</source>
        <translation>Compétences utiles</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: satisfaction %2 (%3)</source>
        <translation>%1&#xa0;: satisfaction %2 (%3)</translation>
    </message>
    <message>
        <source>n &lt; %1</source>
        <translation>n &lt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: useful skills %2 (%3 yes of %n answers)</source>
        <translation>
            <numerusform>%1&#xa0;: compétences utiles %2 (%3 oui sur %n réponse)</numerusform>
            <numerusform>%1&#xa0;: compétences utiles %2 (%3 oui sur %n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents reached</source>
        <translation>Agents touchés</translation>
    </message>
    <message>
        <source>Animators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>%1 (right axis)</source>
        <translation>%1 (axe de droite)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Participation by format, month by month</source>
        <translation>Participation par format, mois par mois</translation>
    </message>
    <message>
        <source>Participants and sessions</source>
        <translation>Participants et sessions</translation>
    </message>
    <message>
        <source>Agents reached over the period</source>
        <translation>Agents touchés sur la période</translation>
    </message>
    <message>
        <source>Agents reached by direction</source>
        <translation>Agents touchés par direction</translation>
    </message>
    <message>
        <source>Directions present per session</source>
        <translation>Directions présentes par session</translation>
    </message>
    <message>
        <source>Satisfaction and useful skills by format</source>
        <translation>Satisfaction et compétences utiles par format</translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation>D&apos;une année sur l&apos;autre</translation>
    </message>
    <message>
        <source>Which directions met which</source>
        <translation>Rencontres entre directions</translation>
    </message>
    <message>
        <source>No session in this period</source>
        <translation>Aucune session sur cette période</translation>
    </message>
    <message>
        <source>No direction has agents in the directory</source>
        <translation>Aucune direction n&apos;a d&apos;agents dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>No participant with a direction in this period</source>
        <translation>Aucun participant rattaché à une direction sur cette période</translation>
    </message>
    <message>
        <source>No survey answer in this period</source>
        <translation>Aucune réponse aux enquêtes sur cette période</translation>
    </message>
    <message>
        <source>–</source>
        <comment>nothing to divide by</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>satisfaction %1 · useful %2</source>
        <translation>satisfaction %1 · compétences utiles %2</translation>
    </message>
    <message numerus="yes">
        <source>%n answers, response rate %1</source>
        <translation>
            <numerusform>%n réponse, taux de réponse %1</numerusform>
            <numerusform>%n réponses, taux de réponse %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>two years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Le fichier de base de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: check its permissions.</source>
        <translation>Le fichier de base de données %1 ne peut pas être lu&#xa0;: vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>%1 is not a TRUC² database (it is not an SQLite file).</source>
        <translation>%1 n&apos;est pas une base de données TRUC² (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The database %1 is read-only, so it cannot be created.</source>
        <translation>La base de données %1 est en lecture seule&#xa0;: elle ne peut donc pas être créée.</translation>
    </message>
    <message>
        <source>The database %1 must be upgraded, but it is read-only.</source>
        <translation>La base de données %1 doit être mise à jour, mais elle est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a TRUC² database: %2</source>
        <translation>%1 n&apos;est pas une base de données TRUC²&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a database, but not a TRUC² school.</source>
        <translation>%1 est une base de données, mais pas une école TRUC².</translation>
    </message>
    <message>
        <source>The database was not upgraded, because the copy taken beforehand failed: %1</source>
        <translation>La base de données n&apos;a pas été mise à jour, car la copie préalable a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>La migration %1 est absente du logiciel.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed, and nothing was changed: %2</source>
        <translation>La mise à jour de la base de données vers le schéma %1 a échoué, et rien n&apos;a été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of TRUC² (schema %2; this program knows up to %3). Install the newer version to open it; the database was left untouched.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de TRUC² (schéma %2&#x202f;; ce logiciel connaît jusqu&apos;au schéma %3). Installez la nouvelle version pour l&apos;ouvrir&#x202f;; la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers: install Qt&apos;s PostgreSQL driver (package libqt6sql6-psql).</source>
        <translation>Cette installation ne peut pas joindre de serveur PostgreSQL&#xa0;: installez le pilote PostgreSQL de Qt (paquet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>A backup cannot be written over the school file itself: choose another name.</source>
        <translation>Une sauvegarde ne peut pas remplacer le fichier de l&apos;école lui-même&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Le fichier %1 existe déjà&#x202f;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is open in TRUC² or another program: close it first.</source>
        <translation>%1 est ouvert dans TRUC² ou dans un autre logiciel&#xa0;: fermez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The index %1 could not be built again: %2</source>
        <translation>L&apos;index %1 n&apos;a pas pu être reconstruit : %2</translation>
    </message>
    <message>
        <source>The database was not upgraded: its foreign keys could not be turned off for the upgrade.</source>
        <translation>La base de données n&apos;a pas été mise à niveau : ses clés étrangères n&apos;ont pas pu être désactivées pour la mise à niveau.</translation>
    </message>
</context>
<context>
    <name>DemoSchool</name>
    <message>
        <source>No animator for a format.</source>
        <translation>Aucun animateur pour un format.</translation>
    </message>
    <message>
        <source>The demo programme cannot reach its published participants.</source>
        <translation>Le programme de démonstration ne parvient pas à retrouver le nombre de participants publié.</translation>
    </message>
    <message>
        <source>The demo programme cannot reach its published survey answers.</source>
        <translation>Le programme de démonstration ne parvient pas à retrouver le nombre de réponses aux enquêtes publié.</translation>
    </message>
    <message>
        <source>Not enough agents to fill the session.</source>
        <translation>Pas assez d&apos;agents pour remplir la session.</translation>
    </message>
    <message>
        <source>The demo school covers 1 to 50 years.</source>
        <translation>L&apos;école de démonstration couvre de 1 à 50 années.</translation>
    </message>
    <message>
        <source>The published demo school needs at least 200 agents.</source>
        <translation>L&apos;école de démonstration conforme aux chiffres publiés nécessite au moins 200 agents.</translation>
    </message>
    <message>
        <source>A demo school has 50 to 1,000,000 agents.</source>
        <translation>Une école de démonstration compte de 50 à 1&#x202f;000&#x202f;000 agents.</translation>
    </message>
    <message>
        <source>The demo school can only be created in an empty database: this one already has agents, formats or directions.</source>
        <translation>L&apos;école de démonstration ne peut être créée que dans une base de données vide&#xa0;: celle-ci contient déjà des agents, des formats ou des directions.</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Session %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>The school year must end on or after its start.</source>
        <translation>L&apos;année scolaire doit se terminer le jour de son début ou après.</translation>
    </message>
    <message>
        <source>The period must end on or after its start.</source>
        <translation>La période doit se terminer le jour de son début ou après.</translation>
    </message>
    <message>
        <source>This person is no longer in the directory.</source>
        <translation>Cette personne ne figure plus dans l&apos;annuaire.</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>%1, %2</source>
        <comment>date, times</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>from %1 to %2, %3</source>
        <comment>several days, then the daily times</comment>
        <translation>du %1 au %2, %3</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>a duration under an hour</comment>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>a duration in whole hours</comment>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <comment>a duration: hours and minutes</comment>
        <translation>%1&#xa0;h&#xa0;%2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a duration in training days</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>a duration with a half day: 2,5 days</comment>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the list as shown (search and filters applied) for Excel: CSV or XLSX workbook</source>
        <translation>Enregistrer la liste telle qu&apos;affichée (recherche et filtres appliqués) pour Excel&#xa0;: CSV ou classeur XLSX</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>CSV (Excel) (*.csv)</source>
        <translation>CSV (Excel) (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ExportSources</name>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Matricule</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>External speaker</source>
        <translation>Intervenant extérieur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Anonymous headcount</source>
        <translation>Participants anonymes</translation>
    </message>
    <message>
        <source>Animators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place on the waiting list</source>
        <translation>Rang en liste d&apos;attente</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Réponses aux enquêtes</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Fichier d&apos;import</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>Satisfaction (as answered)</source>
        <translation>Satisfaction (réponse donnée)</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Useful skills</source>
        <translation>Compétences utiles</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Recommanderait</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Venu sans inscription</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
</context>
<context>
    <name>ExternalSpeakerDialog</name>
    <message>
        <source>External speaker</source>
        <translation>Intervenant extérieur</translation>
    </message>
    <message>
        <source>A speaker from outside the municipality. They join the directory as an external person.</source>
        <translation>Un intervenant extérieur à la collectivité. Il est ajouté à l&apos;annuaire en tant que personne extérieure.</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>Company, association, university…</source>
        <translation>Entreprise, association, université…</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Courri&amp;el</translation>
    </message>
</context>
<context>
    <name>FiguresCalculator</name>
    <message>
        <source>The period must end on or after its start.</source>
        <translation>La période doit se terminer le jour de son début ou après.</translation>
    </message>
</context>
<context>
    <name>FiguresReport</name>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>In %1 %2</source>
        <translation>En %1 %2</translation>
    </message>
    <message>
        <source>From %1 to %2 %3</source>
        <comment>month with a vowel</comment>
        <translation>D&apos;%1 à %2 %3</translation>
    </message>
    <message>
        <source>From %1 to %2 %3</source>
        <translation>De %1 à %2 %3</translation>
    </message>
    <message>
        <source>From %1 %2 to %3 %4</source>
        <comment>month with a vowel</comment>
        <translation>D&apos;%1 %2 à %3 %4</translation>
    </message>
    <message>
        <source>From %1 %2 to %3 %4</source>
        <translation>De %1 %2 à %3 %4</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Le %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <comment>two dates</comment>
        <translation>Du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n participants in total)</source>
        <translation>
            <numerusform>(%n participant au total)</numerusform>
            <numerusform>(%n participants au total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n participants)</source>
        <translation>
            <numerusform>(%n participant)</numerusform>
            <numerusform>(%n participants)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no session was held.</source>
        <translation>%1 : aucune session n&apos;a eu lieu.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1 : %2. %3</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the formats of the summary</comment>
        <translation> ; </translation>
    </message>
    <message numerus="yes">
        <source>%n animators.</source>
        <translation>
            <numerusform>%n animateur.</numerusform>
            <numerusform>%n animateurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatDialog</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>begins every session code, e.g. UT-2021-014</source>
        <translation>débute chaque code de session, par exemple UT-2021-014</translation>
    </message>
    <message>
        <source>Noun, &amp;singular</source>
        <translation>Terme au &amp;singulier</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>Noun, &amp;plural</source>
        <translation>Terme au &amp;pluriel</translation>
    </message>
    <message>
        <source>workshops</source>
        <translation>ateliers</translation>
    </message>
    <message>
        <source>Reports count sessions with these nouns (“17 workshops”). Leave both empty where the name stands alone.</source>
        <translation>Les bilans comptent les sessions avec ces termes («&#xa0;17 ateliers&#xa0;»). Laissez les deux vides si le nom du format se suffit à lui-même.</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>C&amp;ouleur</translation>
    </message>
    <message>
        <source>The colour of this format in the calendar and the charts</source>
        <translation>La couleur de ce format dans le calendrier et les graphiques</translation>
    </message>
    <message>
        <source>&amp;Registration</source>
        <translation>&amp;Inscription</translation>
    </message>
    <message>
        <source>&amp;Active (untick to retire the format: its actions can no longer be planned)</source>
        <translation>&amp;Actif (décocher pour archiver le format&#xa0;: ses actions ne peuvent plus être programmées)</translation>
    </message>
</context>
<context>
    <name>GroupMembersDialog</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Add a member: type a name, matricule or service, then Return…</source>
        <translation>Ajouter un membre&#xa0;: saisissez un nom, un matricule ou un service, puis Entrée…</translation>
    </message>
    <message>
        <source>&amp;Remove from the group</source>
        <translation>&amp;Retirer du groupe</translation>
    </message>
</context>
<context>
    <name>ImpactReport</name>
    <message>
        <source>%1: %2</source>
        <comment>a format&apos;s name, then its sentence</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no answer.</source>
        <comment>survey</comment>
        <translation>aucune réponse.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <comment>survey</comment>
        <translation>Aucune réponse.</translation>
    </message>
    <message>
        <source>no answer about useful skills (response rate: %1).</source>
        <translation>aucune réponse sur les compétences utiles (taux de réponse : %1).</translation>
    </message>
    <message>
        <source>No answer about useful skills (response rate: %1).</source>
        <translation>Aucune réponse sur les compétences utiles (taux de réponse : %1).</translation>
    </message>
    <message>
        <source>n &lt; 5 answers about useful skills, too few to give a figure (response rate: %1).</source>
        <translation>n &lt; 5 réponses sur les compétences utiles, trop peu pour donner un chiffre (taux de réponse : %1).</translation>
    </message>
    <message>
        <source>n &lt; 5 answers about useful skills, too few to give a figure (response rate: %1).</source>
        <comment>whole sentence</comment>
        <translation>n &lt; 5 réponses sur les compétences utiles, trop peu pour donner un chiffre (taux de réponse : %1).</translation>
    </message>
    <message>
        <source>%1 of respondents felt they had acquired skills useful for their duties (response rate: %2).</source>
        <translation>%1 des répondants ont estimé avoir acquis des compétences utiles pour leurs missions (taux de réponse : %2).</translation>
    </message>
    <message>
        <source>Impact report - %1</source>
        <translation>Bilan - %1</translation>
    </message>
    <message>
        <source>Impact report</source>
        <translation>Bilan</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) reached, that is %1 of the %2 permanent agents.</source>
        <translation>
            <numerusform>%n agent touché, soit %1 des %2 agents permanents.</numerusform>
            <numerusform>%n agents touchés, soit %1 des %2 agents permanents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) reached.</source>
        <translation>
            <numerusform>%n agent touché.</numerusform>
            <numerusform>%n agents touchés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>period, format</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message numerus="yes">
        <source>The table “%1” (%n row(s)) is in the spreadsheet exports (XLSX, CSV).</source>
        <translation>
            <numerusform>Le tableau «&#xa0;%1&#xa0;» (%n ligne) figure dans les exports pour tableur (XLSX, CSV).</numerusform>
            <numerusform>Le tableau «&#xa0;%1&#xa0;» (%n lignes) figure dans les exports pour tableur (XLSX, CSV).</numerusform>
        </translation>
    </message>
    <message>
        <source>Participation by format</source>
        <translation>Participation par format</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Agents reached</source>
        <translation>Agents touchés</translation>
    </message>
    <message>
        <source>Participants per session</source>
        <translation>Participants par session</translation>
    </message>
    <message>
        <source>Agents reached are counted once, whatever the number of sessions they attended; the total counts them once across the formats.</source>
        <translation>Les agents touchés sont comptés une seule fois, quel que soit le nombre de sessions suivies&#x202f;; le total les compte une seule fois tous formats confondus.</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>A mean or a rate of fewer than 5 answers is not given (n &lt; 5): it would single people out.</source>
        <translation>Une moyenne ou un taux portant sur moins de 5 réponses n&apos;est pas donné (n &lt; 5)&#xa0;: il permettrait d&apos;identifier des personnes.</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>n (satisfaction)</source>
        <translation>n satisf.</translation>
    </message>
    <message>
        <source>Mean satisfaction</source>
        <translation>Satisfaction moyenne</translation>
    </message>
    <message>
        <source>n (useful skills)</source>
        <translation>n comp. utiles</translation>
    </message>
    <message>
        <source>Useful skills</source>
        <translation>Comp. utiles</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Public touché</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct agent(s) attended at least one session: %1 of the %2 permanent agents.</source>
        <translation>
            <numerusform>%n agent distinct a suivi au moins une session&#xa0;: %1 des %2 agents permanents.</numerusform>
            <numerusform>%n agents distincts ont suivi au moins une session&#xa0;: %1 des %2 agents permanents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct agent(s) attended at least one session.</source>
        <translation>
            <numerusform>%n agent distinct a suivi au moins une session.</numerusform>
            <numerusform>%n agents distincts ont suivi au moins une session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reach by direction</source>
        <translation>Public touché par direction</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Touchés</translation>
    </message>
    <message>
        <source>Share reached</source>
        <translation>Part touchée</translation>
    </message>
    <message>
        <source>Mixing between services</source>
        <translation>Mixité entre services</translation>
    </message>
    <message>
        <source>On average, %1 directions were present at a session.</source>
        <translation>En moyenne, %1 directions étaient présentes par session.</translation>
    </message>
    <message>
        <source>%1 of the participants came from another direction than their animator&apos;s.</source>
        <translation>%1 des participants venaient d&apos;une autre direction que celle de leur animateur.</translation>
    </message>
    <message>
        <source>No session of the period had participants with a direction.</source>
        <translation>Aucune session de la période n&apos;avait de participants rattachés à une direction.</translation>
    </message>
    <message>
        <source>Meetings between directions</source>
        <translation>Rencontres entre directions</translation>
    </message>
    <message>
        <source>Met direction</source>
        <translation>Direction rencontrée</translation>
    </message>
    <message>
        <source>Sessions together</source>
        <translation>Sessions communes</translation>
    </message>
    <message>
        <source>The directions that met most often:</source>
        <translation>Les directions qui se sont le plus souvent rencontrées&#xa0;:</translation>
    </message>
    <message>
        <source>Comparison with the previous year</source>
        <translation>Comparaison avec l&apos;année précédente</translation>
    </message>
    <message>
        <source>The same dates one year earlier: %1.</source>
        <translation>Les mêmes dates un an plus tôt&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Animators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Réponses aux enquêtes</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Participants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comparison of rates</source>
        <translation>Comparaison des taux</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Share of permanent agents reached</source>
        <translation>Part des agents permanents touchés</translation>
    </message>
    <message>
        <source>Thanks to the animators</source>
        <translation>Merci aux animateurs</translation>
    </message>
    <message numerus="yes">
        <source>%n animator(s) led the sessions of the period.</source>
        <translation>
            <numerusform>%n animateur a assuré les sessions de la période.</numerusform>
            <numerusform>%n animateurs ont assuré les sessions de la période.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The school thanks the %n animator(s) who led its sessions: %1.</source>
        <translation>
            <numerusform>L&apos;école remercie %n animateur qui a assuré ses sessions&#xa0;: %1.</numerusform>
            <numerusform>L&apos;école remercie les %n animateurs qui ont assuré ses sessions&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them animated for the first time.</source>
        <translation>
            <numerusform>%n d&apos;entre eux animait pour la première fois.</numerusform>
            <numerusform>%n d&apos;entre eux animaient pour la première fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Animator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>Première fois</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>The most appreciated actions</source>
        <translation>Les actions les plus appréciées</translation>
    </message>
    <message>
        <source>No action was held in the period.</source>
        <translation>Aucune action n&apos;a été réalisée sur la période.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>The %1 most appreciated of the %2 actions held:</source>
        <translation>Les %1 actions les plus appréciées sur les %2 réalisées&#xa0;:</translation>
    </message>
    <message>
        <source>Training indicators of the social report</source>
        <translation>Indicateurs de formation du rapport social unique</translation>
    </message>
    <message>
        <source>Agents of the municipality who attended a held session (external persons excluded), and their time of training; a day counts %1 hours.</source>
        <translation>Agents de la collectivité ayant suivi une session réalisée (personnes extérieures exclues), et leur temps de formation&#x202f;; une journée compte %1 heures.</translation>
    </message>
    <message>
        <source>Trained by category</source>
        <translation>Agents formés par catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Agents trained</source>
        <translation>Agents formés</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Journées</translation>
    </message>
    <message>
        <source>Category A</source>
        <translation>Catégorie A</translation>
    </message>
    <message>
        <source>Category B</source>
        <translation>Catégorie B</translation>
    </message>
    <message>
        <source>Category C</source>
        <translation>Catégorie C</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Trained by gender</source>
        <translation>Agents formés par genre</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the document could not be converted.</source>
        <translation>le document n&apos;a pas pu être converti.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The pages could not be drawn: the printer or the file refused them.</source>
        <translation>Les pages n&apos;ont pas pu être produites&#xa0;: l&apos;imprimante ou le fichier les a refusées.</translation>
    </message>
    <message>
        <source>Page %1 could not be started: the printer or the file refused it.</source>
        <translation>La page %1 n&apos;a pas pu être commencée&#xa0;: l&apos;imprimante ou le fichier l&apos;a refusée.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written (%2): choose another folder or name.</source>
        <translation>Le fichier PDF %1 n&apos;a pas pu être écrit (%2)&#xa0;: choisissez un autre dossier ou un autre nom.</translation>
    </message>
    <message>
        <source>The PDF file %1 was not written: %2</source>
        <translation>Le fichier PDF %1 n&apos;a pas été écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>this desktop has no keyring</source>
        <translation>ce bureau n&apos;a pas de trousseau</translation>
    </message>
    <message>
        <source>the keyring refused access</source>
        <translation>le trousseau a refusé l&apos;accès</translation>
    </message>
    <message>
        <source>no keyring service answered: %1</source>
        <translation>aucun service de trousseau n&apos;a répondu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>Back up a shared PostgreSQL database with the server&apos;s own tools (pg_dump), or copy it to a file with the copy command.</source>
        <translation>Sauvegardez une base de données PostgreSQL partagée avec les outils du serveur (pg_dump), ou copiez-la dans un fichier avec la commande de copie.</translation>
    </message>
    <message>
        <source>The numbering of table %1 could not be moved on: %2</source>
        <translation>La numérotation de la table %1 n&apos;a pas pu être mise à jour&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file</source>
        <translation>Enregistrer le document dans un fichier PDF</translation>
    </message>
    <message>
        <source>Catalogue brochure</source>
        <translation>Brochure du catalogue</translation>
    </message>
    <message>
        <source>Attestation of animation</source>
        <translation>Attestation d&apos;animation</translation>
    </message>
    <message>
        <source>Attestation of training</source>
        <translation>Attestation de formation</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Blank rows:</source>
        <translation>Lignes vierges&#xa0;:</translation>
    </message>
    <message>
        <source>Numbered empty rows at the end of the sheet, for people who come without registering</source>
        <translation>Lignes vides numérotées en fin de feuille, pour les personnes venues sans inscription</translation>
    </message>
</context>
<context>
    <name>RegistrationCommands</name>
    <message>
        <source>Register %1</source>
        <translation>l&apos;inscription de %1</translation>
    </message>
    <message>
        <source>Cancel the registration of %1</source>
        <translation>la désinscription de %1</translation>
    </message>
    <message>
        <source>This registration no longer exists.</source>
        <translation>Cette inscription n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Count %1 without names</source>
        <translation>le décompte de %1 participants sans nom</translation>
    </message>
</context>
<context>
    <name>RegistrationStore</name>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cette session n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text document (ODT)</source>
        <translation>Document texte (ODT)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV pour Excel</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>Données JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>SchoolCopier</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1: %2 in the source, %3 in the copy</source>
        <translation>%1&#xa0;: %2 dans la source, %3 dans la copie</translation>
    </message>
    <message>
        <source>Table %1 cannot be read: %2</source>
        <translation>La table %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Table %1 has %2 rows in the source but %3 in the copy.</source>
        <translation>La table %1 compte %2 lignes dans la source, mais %3 dans la copie.</translation>
    </message>
    <message>
        <source>The figures of %1 differ between the two sides, at %2.</source>
        <translation>Les chiffres de %1 diffèrent entre les deux côtés, à %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds a school (%n row(s) in table %2): copy only into a new file or an empty database.</source>
        <translation>
            <numerusform>%1 contient déjà une école (%n ligne dans la table %2)&#xa0;: copiez uniquement dans un nouveau fichier ou une base de données vide.</numerusform>
            <numerusform>%1 contient déjà une école (%n lignes dans la table %2)&#xa0;: copiez uniquement dans un nouveau fichier ou une base de données vide.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is read-only: nothing can be copied into it.</source>
        <translation>%1 est en lecture seule&#xa0;: rien ne peut y être copié.</translation>
    </message>
    <message>
        <source>The two databases have different schemas (%1 and %2).</source>
        <translation>Les deux bases de données ont des schémas différents (%1 et %2).</translation>
    </message>
    <message>
        <source>Copying table %1 failed, so nothing was copied: %2</source>
        <translation>La copie de la table %1 a échoué, si bien que rien n&apos;a été copié&#xa0;: %2</translation>
    </message>
    <message>
        <source>Name both the school to copy and where to copy it.</source>
        <translation>Indiquez à la fois l&apos;école à copier et l&apos;endroit où la copier.</translation>
    </message>
    <message>
        <source>The school cannot be copied onto itself: name another target.</source>
        <translation>L&apos;école ne peut pas être copiée sur elle-même&#xa0;: indiquez une autre destination.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 already exists: the copy goes into a new file.</source>
        <translation>%1 existe déjà&#xa0;: la copie se fait dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>%1 is not a TRUC² database, so it is not replaced: choose another name.</source>
        <translation>%1 n&apos;est pas une base de données TRUC² et n&apos;est donc pas remplacé&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The school to copy cannot be opened: %1</source>
        <translation>L&apos;école à copier ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The target cannot be opened: %1</source>
        <translation>La destination ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SchoolSettingsDialog</name>
    <message>
        <source>School settings</source>
        <translation>Paramètres de l&apos;école</translation>
    </message>
    <message>
        <source>On every document</source>
        <translation>Sur chaque document</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Collectivité&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Ville de Caluire-et-Cuire</source>
        <translation>ex.&#xa0;: Ville de Caluire-et-Cuire</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Nom de l&apos;école&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>For the figures</source>
        <translation>Pour les chiffres</translation>
    </message>
    <message>
        <source>Permanent agents of each year: the reach is the share of them who came to at least one session.</source>
        <translation>Agents permanents de chaque année&#xa0;: le public touché est la part d&apos;entre eux venue à au moins une session.</translation>
    </message>
    <message>
        <source>&amp;Add a year</source>
        <translation>&amp;Ajouter une année</translation>
    </message>
    <message>
        <source>Remove the &amp;year</source>
        <translation>&amp;Supprimer l&apos;année</translation>
    </message>
    <message>
        <source>A &amp;day of training counts:</source>
        <translation>Une &amp;journée de formation compte&#xa0;:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>For the training days of the social report (6 hours, as the CNFPT counts, unless you count otherwise)</source>
        <translation>Pour les journées de formation du rapport social unique (6 heures, comme le compte le CNFPT, sauf si vous comptez autrement)</translation>
    </message>
</context>
<context>
    <name>SchoolYearDialog</name>
    <message>
        <source>Catalogue brochure</source>
        <translation>Brochure du catalogue</translation>
    </message>
    <message>
        <source>The brochure presents the catalogue and the sessions of one school year, from September to August.</source>
        <translation>La brochure présente le catalogue et les sessions d&apos;une année scolaire, de septembre à août.</translation>
    </message>
    <message>
        <source>School &amp;year</source>
        <translation>&amp;Année scolaire</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a server address: write it as postgresql://user@host:port/database.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur&#xa0;: écrivez-la sous la forme postgresql://utilisateur@serveur:port/base.</translation>
    </message>
    <message>
        <source>Do not write the password in the address: it would stay in the shell&apos;s history. Use PGPASSWORD or ~/.pgpass on the command line; the window keeps it in the desktop&apos;s keyring.</source>
        <translation>N&apos;écrivez pas le mot de passe dans l&apos;adresse&#xa0;: il resterait dans l&apos;historique du terminal. En ligne de commande, utilisez PGPASSWORD ou ~/.pgpass&#x202f;; la fenêtre le garde dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>“%1” needs a server and a database: postgresql://user@host:port/database.</source>
        <translation>Il manque le serveur ou la base dans «&#xa0;%1&#xa0;»&#xa0;: postgresql://utilisateur@serveur:port/base.</translation>
    </message>
    <message>
        <source>Unknown sslmode “%1”: use one of %2.</source>
        <translation>sslmode inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez l&apos;un de %2.</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>Plan the series %1</source>
        <translation>la programmation de la série «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>la programmation de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SessionConflict</name>
    <message>
        <source>%1 « %2 » (%3)</source>
        <translation>%1 «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>%1 is also booked for %2.</source>
        <translation>%1 accueille aussi %2.</translation>
    </message>
    <message>
        <source>%1 also animates %2.</source>
        <translation>%1 anime aussi %2.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>Choose an action of the catalogue</source>
        <translation>Choisissez une action du catalogue</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Over several da&amp;ys, until</source>
        <translation>Sur plusieurs jo&amp;urs, jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Horaires</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>The half-days the session covers (mornings end at 13:00), as the attendance sheet counts them</source>
        <translation>Les demi-journées couvertes par la session (la matinée se termine à 13&#xa0;h), telles que les compte la feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacité</translation>
    </message>
    <message>
        <source> seats</source>
        <translation>&#xa0;places</translation>
    </message>
    <message>
        <source>No &amp;limit</source>
        <translation>Sans &amp;limite</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <source>A&amp;nimators</source>
        <translation>A&amp;nimateurs</translation>
    </message>
    <message>
        <source>Type a name, a matricule or a service to add an agent</source>
        <translation>Saisissez un nom, un matricule ou un service pour ajouter un agent</translation>
    </message>
    <message>
        <source>E&amp;xternal speaker…</source>
        <translation>Intervenant e&amp;xtérieur…</translation>
    </message>
    <message>
        <source>Add a speaker from outside the municipality</source>
        <translation>Ajouter un intervenant extérieur à la collectivité</translation>
    </message>
    <message>
        <source>Role of the selected person</source>
        <translation>Rôle de la personne sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Equipment, access, anything the team should know</source>
        <translation>Matériel, accès, tout ce que l&apos;équipe doit savoir</translation>
    </message>
    <message>
        <source>R&amp;epeat: create a series of sessions</source>
        <translation>&amp;Répéter&#xa0;: créer une série de sessions</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation>&amp;Fréquence</translation>
    </message>
    <message>
        <source>O&amp;n</source>
        <translation>L&amp;e</translation>
    </message>
    <message>
        <source>day </source>
        <translation>jour&#xa0;</translation>
    </message>
    <message>
        <source>In months shorter than that, the last day of the month</source>
        <translation>Pour les mois plus courts, le dernier jour du mois</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Jus&amp;qu&apos;au</translation>
    </message>
    <message>
        <source>S&amp;kip July and August</source>
        <translation>Sauf en &amp;juillet et en août</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database is busy: another program or workstation is writing to it. Try again in a moment.</source>
        <translation>La base de données est occupée&#xa0;: un autre logiciel ou un autre poste est en train d&apos;y écrire. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database is read-only: changes cannot be saved.</source>
        <translation>La base de données est en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The file is not a TRUC² database.</source>
        <translation>Le fichier n&apos;est pas une base de données TRUC².</translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Changed meanwhile by another workstation: reload and try again.</source>
        <translation>Modifié entre-temps par un autre poste&#xa0;: rechargez et réessayez.</translation>
    </message>
    <message>
        <source>The server %1 refused the password of user %2.</source>
        <translation>Le serveur %1 a refusé le mot de passe de l&apos;utilisateur %2.</translation>
    </message>
    <message>
        <source>The server %1 has no database named %2.</source>
        <translation>Le serveur %1 n&apos;a pas de base nommée %2.</translation>
    </message>
    <message>
        <source>The server %1 (port %2) cannot be reached: check the address, the network, and that the server is running.</source>
        <translation>Le serveur %1 (port %2) est injoignable&#xa0;: vérifiez l&apos;adresse, le réseau et que le serveur est démarré.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Connexion impossible à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost: nothing was saved. Reconnect and try again.</source>
        <translation>La connexion au serveur a été perdue&#xa0;: rien n&apos;a été enregistré. Reconnectez-vous et réessayez.</translation>
    </message>
    <message>
        <source>Your account may only read this school: changes cannot be saved.</source>
        <translation>Votre compte ne peut que consulter cette école&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>La ligne %1 de la table %2 fait référence à une ligne absente de la table %3.</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Creating the school…</source>
        <translation>Création de l&apos;école…</translation>
    </message>
    <message>
        <source>TRUC²</source>
        <translation>TRUC²</translation>
    </message>
    <message>
        <source>%1

Open another school file?</source>
        <translation>%1

Ouvrir un autre fichier d&apos;école&#x202f;?</translation>
    </message>
    <message>
        <source>Open a school</source>
        <translation>Ouvrir une école</translation>
    </message>
    <message>
        <source>TRUC² schools (*.truc2 *.sqlite *.db);;All files (*)</source>
        <translation>Écoles TRUC² (*.truc2 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting to the shared school…</source>
        <translation>Connexion à l&apos;école partagée…</translation>
    </message>
</context>
<context>
    <name>SurveyImportCommand</name>
    <message>
        <source>Import of %1</source>
        <translation>l&apos;import de %1</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import survey results</source>
        <translation>Importer des résultats d&apos;enquête</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>Outil&#xa0;:</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Every response is for the session:</source>
        <translation>Toutes les réponses portent sur la session&#xa0;:</translation>
    </message>
    <message>
        <source>Include incomplete responses</source>
        <translation>Inclure les réponses incomplètes</translation>
    </message>
    <message>
        <source>The first responses, as they will be stored:</source>
        <translation>Les premières réponses, telles qu&apos;elles seront enregistrées&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SurveyImportSummary</name>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Fichier&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>This very file was already imported on %1.</source>
        <translation>Ce même fichier a déjà été importé le %1.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Lignes lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Responses added: %1</source>
        <translation>Réponses ajoutées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Responses to add: %1</source>
        <translation>Réponses à ajouter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already imported: %1</source>
        <translation>Déjà importées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Incomplete responses left out: %1</source>
        <translation>Réponses incomplètes écartées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows with an unknown session: %1</source>
        <translation>Lignes dont la session est inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>  line %1: no session code</source>
        <translation>  ligne %1&#xa0;: pas de code de session</translation>
    </message>
    <message>
        <source>  line %1: no session has the code %2</source>
        <translation>  ligne %1&#xa0;: aucune session ne porte le code %2</translation>
    </message>
    <message>
        <source>Rows with an answer that cannot be read: %1</source>
        <translation>Lignes avec une réponse illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>  line %1, column %2 (%3): %4</source>
        <translation>  ligne %1, colonne %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a value from the file, quoted</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SurveyImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No session has the code “%1”.</source>
        <translation>Aucune session ne porte le code «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;import a été annulé&#x202f;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Read the file before importing it.</source>
        <translation>Lisez le fichier avant de l&apos;importer.</translation>
    </message>
</context>
<context>
    <name>SurveyMapping</name>
    <message>
        <source>Other tool</source>
        <translation>Autre outil</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Code de session</translation>
    </message>
    <message>
        <source>Submission time</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>Response id</source>
        <translation>Identifiant de la réponse</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Useful skills (yes/no)</source>
        <translation>Compétences utiles (oui/non)</translation>
    </message>
    <message>
        <source>Would recommend (yes/no)</source>
        <translation>Recommanderait (oui/non)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Choose the column that holds the session&apos;s code, or the session every response of this file is for.</source>
        <translation>Choisissez la colonne qui contient le code de la session, ou la session à laquelle se rapportent toutes les réponses de ce fichier.</translation>
    </message>
    <message>
        <source>Only one column can be “%1”.</source>
        <translation>Une seule colonne peut être «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>%1 is neither a text file (CSV) nor an Excel workbook (.xlsx): it cannot be read as a table.</source>
        <translation>%1 n&apos;est ni un fichier texte (CSV) ni un classeur Excel (.xlsx)&#xa0;: il ne peut pas être lu comme un tableau.</translation>
    </message>
    <message>
        <source>%1: unknown encoding &quot;%2&quot;.</source>
        <translation>%1&#xa0;: encodage inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot separate fields.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne peut pas servir de séparateur de champs.</translation>
    </message>
    <message>
        <source>%1: the file could not be read to its end (%2).</source>
        <translation>%1&#xa0;: le fichier n&apos;a pas pu être lu jusqu&apos;au bout (%2).</translation>
    </message>
    <message>
        <source>%1: unclosed quote</source>
        <translation>%1&#xa0;: guillemet non fermé</translation>
    </message>
    <message>
        <source>%1: a field longer than 64 MiB; is a quote left open?</source>
        <translation>%1&#xa0;: un champ de plus de 64 Mio&#x202f;; un guillemet est-il resté ouvert&#x202f;?</translation>
    </message>
    <message>
        <source>%1: misplaced quote (a quote inside a field must be doubled)</source>
        <translation>%1&#xa0;: guillemet mal placé (un guillemet à l&apos;intérieur d&apos;un champ doit être doublé)</translation>
    </message>
    <message>
        <source>%1: not enough memory to read this field.</source>
        <translation>%1&#xa0;: mémoire insuffisante pour lire ce champ.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>%1 is an old Excel workbook (.xls); save it as .xlsx or as CSV in Excel, then import that file.</source>
        <translation>%1 est un ancien classeur Excel (.xls)&#x202f;; enregistrez-le au format .xlsx ou CSV dans Excel, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1&#xa0;: le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the Excel workbook is damaged or truncated.</source>
        <translation>%1&#xa0;: le classeur Excel est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>%1 is a zip archive, not an Excel workbook (.xlsx).</source>
        <translation>%1 est une archive zip, pas un classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>%1: the workbook has no worksheet.</source>
        <translation>%1&#xa0;: le classeur n&apos;a aucune feuille de calcul.</translation>
    </message>
    <message>
        <source>%1 has no worksheet named &quot;%2&quot;; its worksheets: %3.</source>
        <translation>%1 n&apos;a pas de feuille de calcul nommée «&#xa0;%2&#xa0;»&#x202f;; ses feuilles&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1: the worksheet &quot;%2&quot; is damaged or truncated (%3).</source>
        <translation>%1&#xa0;: la feuille de calcul «&#xa0;%2&#xa0;» est endommagée ou tronquée (%3).</translation>
    </message>
    <message>
        <source>%1, row %2: &quot;%3&quot; is not a cell reference.</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas une référence de cellule.</translation>
    </message>
    <message>
        <source>%1, cell %2: the text it refers to is missing from the workbook.</source>
        <translation>%1, cellule %2&#xa0;: le texte auquel elle renvoie est absent du classeur.</translation>
    </message>
</context>
<context>
    <name>TrainingAttestation</name>
    <message numerus="yes">
        <source>Attended %n of %1 half-days</source>
        <comment>partial attendance</comment>
        <translation>
            <numerusform>Présence&#xa0;: %n demi-journée sur %1</numerusform>
            <numerusform>Présence&#xa0;: %n demi-journées sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <comment>training days of 7 hours</comment>
        <translation>
            <numerusform>%1 jour</numerusform>
            <numerusform>%1 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestation of training - %1 - %2 to %3</source>
        <translation>Attestation de formation - %1 - %2 au %3</translation>
    </message>
    <message>
        <source>%1 attended no held session: there is nothing to attest. Check that the attendance of their sessions has been recorded.</source>
        <translation>%1 n&apos;a suivi aucune session réalisée&#xa0;: il n&apos;y a rien à attester. Vérifiez que les présences de ses sessions ont bien été saisies.</translation>
    </message>
    <message>
        <source>%1 attended no held session between %2 and %3: there is nothing to attest. Choose another period, or check that the attendance of their sessions has been recorded.</source>
        <translation>%1 n&apos;a suivi aucune session réalisée entre le %2 et le %3&#xa0;: il n&apos;y a rien à attester. Choisissez une autre période, ou vérifiez que les présences de ses sessions ont bien été saisies.</translation>
    </message>
    <message>
        <source>Attestation of training</source>
        <translation>Attestation de formation</translation>
    </message>
    <message>
        <source>%1 certifies that %2 attended the following sessions of the %4 school between %5 and %6:</source>
        <translation>%1 atteste que %2 a suivi les sessions suivantes de l&apos;école %4 entre le %5 et le %6&#xa0;:</translation>
    </message>
    <message>
        <source>%1 certifies that %2, %3, attended the following sessions of the %4 school between %5 and %6:</source>
        <translation>%1 atteste que %2, %3, a suivi les sessions suivantes de l&apos;école %4 entre le %5 et le %6&#xa0;:</translation>
    </message>
    <message>
        <source>Total duration of training: %1, that is %2 (on the basis of %3 a day).</source>
        <comment>hours, days, hours in a training day</comment>
        <translation>Durée totale de formation&#xa0;: %1, soit %2 (sur la base de %3 par jour).</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>the workbook could not be created.</source>
        <translation>le classeur n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>the disk may be full.</source>
        <translation>le disque est peut-être plein.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>truc2::ActionTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1&#xa0;h&#xa0;%2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>“%1” is retired: reactivate it to plan new sessions.</source>
        <translation>L&apos;action «&#xa0;%1&#xa0;» est archivée&#xa0;: réactivez-la pour programmer de nouvelles sessions.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>truc2::AgentHistoryModel</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non saisie</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) attended</source>
        <translation>
            <numerusform>%n session suivie</numerusform>
            <numerusform>%n sessions suivies</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of training</source>
        <comment>hours</comment>
        <translation>, %1 de formation</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>sessions attended; sessions animated</comment>
        <translation>%1&#x202f;; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) animated</source>
        <translation>
            <numerusform>%n session animée</numerusform>
            <numerusform>%n sessions animées</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Waiting list (no. %1)</source>
        <comment>place on the waiting list</comment>
        <translation>Liste d&apos;attente (n°&#xa0;%1)</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Venu sans inscription</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n half-day(s))</source>
        <comment>present (3 of 4 half-days)</comment>
        <translation>
            <numerusform>%1 (%2 sur %n demi-journée)</numerusform>
            <numerusform>%1 (%2 sur %n demi-journées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Animator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Co-animator</source>
        <translation>Co-animateur</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>start and end times</comment>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>action, place</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>day, half, attendance</comment>
        <translation>%1&#xa0;%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <source>Hours animated</source>
        <translation>Heures d&apos;animation</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Heures de formation suivies</translation>
    </message>
    <message>
        <source>Participant, or their role as an animator</source>
        <translation>Participant, ou rôle dans l&apos;animation</translation>
    </message>
    <message>
        <source>Status of the session</source>
        <translation>Statut de la session</translation>
    </message>
    <message>
        <source>Attendance recorded on the sheet; hover for the half-days</source>
        <translation>Présence relevée sur la feuille d&apos;émargement&#x202f;; survolez pour voir le détail des demi-journées</translation>
    </message>
    <message>
        <source>Hours attended, or animated, of held sessions</source>
        <translation>Heures suivies, ou animées, des sessions réalisées</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
</context>
<context>
    <name>truc2::AgentImportPreviewModel</name>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>H</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Matricule</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>truc2::AgentImportProblemModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Matricule</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>truc2::AgentStore</name>
    <message>
        <source>This agent no longer exists: another workstation may have removed it.</source>
        <translation>Cet agent n&apos;existe plus&#xa0;: un autre poste l&apos;a peut-être supprimé.</translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Le prénom est obligatoire.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>Give the organisation of an external speaker.</source>
        <translation>Indiquez l&apos;organisme de l&apos;intervenant extérieur.</translation>
    </message>
    <message>
        <source>Matricule %1 already belongs to %2 %3.</source>
        <translation>Le matricule %1 est déjà attribué à %2 %3.</translation>
    </message>
    <message>
        <source>An agent no longer exists: another workstation may have removed it.</source>
        <translation>Un agent n&apos;existe plus&#xa0;: un autre poste l&apos;a peut-être supprimé.</translation>
    </message>
    <message>
        <source>This agent has registrations or animated sessions: deactivate the agent instead of removing it.</source>
        <translation>Cet agent a des inscriptions ou a animé des sessions&#xa0;: désactivez-le au lieu de le supprimer.</translation>
    </message>
</context>
<context>
    <name>truc2::AgentTableModel</name>
    <message>
        <source>External speaker</source>
        <translation>Intervenant extérieur</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>%1 is inactive: reactivate the agent to register them again.</source>
        <translation>%1 est inactif&#xa0;: réactivez l&apos;agent pour pouvoir l&apos;inscrire de nouveau.</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Matricule</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>truc2::AnimatorTableModel</name>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>External speaker</source>
        <translation>Intervenant extérieur</translation>
    </message>
    <message>
        <source>%1 (external speaker)</source>
        <comment>organisation</comment>
        <translation>%1 (intervenant extérieur)</translation>
    </message>
    <message>
        <source>n &lt; %1</source>
        <comment>fewer answers than shown</comment>
        <translation>n &lt; %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 is inactive.</source>
        <translation>%1 est inactif.</translation>
    </message>
    <message>
        <source>%1, direction %2</source>
        <comment>service, direction</comment>
        <translation>%1, direction %2</translation>
    </message>
    <message>
        <source>Next session on %1</source>
        <translation>Prochaine session le %1</translation>
    </message>
    <message>
        <source>No session planned for the rest of the period</source>
        <translation>Aucune session prévue d&apos;ici la fin de la période</translation>
    </message>
    <message>
        <source>%1 of held sessions</source>
        <comment>hours</comment>
        <translation>%1 de sessions réalisées</translation>
    </message>
    <message>
        <source>No survey answer for their held sessions</source>
        <translation>Aucune réponse aux enquêtes pour ses sessions réalisées</translation>
    </message>
    <message numerus="yes">
        <source>Only %n answer(s): a mean of fewer than %1 answers is not shown.</source>
        <translation>
            <numerusform>Seulement %n réponse&#xa0;: une moyenne de moins de %1 réponses n&apos;est pas affichée.</numerusform>
            <numerusform>Seulement %n réponses&#xa0;: une moyenne de moins de %1 réponses n&apos;est pas affichée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean satisfaction of %n answer(s)</source>
        <translation>
            <numerusform>Satisfaction moyenne sur %n réponse</numerusform>
            <numerusform>Satisfaction moyenne sur %n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Trained in facilitation on %1</source>
        <translation>Formé à l&apos;animation le %1</translation>
    </message>
    <message>
        <source>Not trained in facilitation yet</source>
        <translation>Pas encore formé à l&apos;animation</translation>
    </message>
    <message>
        <source>Held sessions of the period that they animated</source>
        <translation>Sessions réalisées sur la période et animées par la personne</translation>
    </message>
    <message>
        <source>Planned or confirmed sessions of the period that have not begun yet</source>
        <translation>Sessions programmées ou confirmées de la période qui n&apos;ont pas encore commencé</translation>
    </message>
    <message>
        <source>Total duration of the held sessions they animated</source>
        <translation>Durée totale des sessions réalisées animées par la personne</translation>
    </message>
    <message>
        <source>Agents present and anonymous participants, summed over their held sessions</source>
        <translation>Agents présents et participants anonymes, cumulés sur ses sessions réalisées</translation>
    </message>
    <message>
        <source>Distinct agents present at their held sessions</source>
        <translation>Agents distincts présents à ses sessions réalisées</translation>
    </message>
    <message>
        <source>Mean satisfaction of the survey answers for their held sessions, shown from %1 answers</source>
        <translation>Satisfaction moyenne des réponses aux enquêtes pour ses sessions réalisées, affichée à partir de %1 réponses</translation>
    </message>
    <message>
        <source>Date of the facilitation training; double-click a row to record it</source>
        <translation>Date de la formation à l&apos;animation&#x202f;; double-cliquez sur une ligne pour l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Service or organisation</source>
        <translation>Service ou organisme</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Agents reached</source>
        <translation>Agents touchés</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Première session</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière session</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Facilitation training</source>
        <translation>Formation à l&apos;animation</translation>
    </message>
</context>
<context>
    <name>truc2::AttendanceModel</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>%1, %2 %3: %4</source>
        <extracomment>Who, when, what: &quot;DUPONT Élodie, lundi 12/03/2026 morning: Absent&quot;</extracomment>
        <translation>%1, %2&#xa0;%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <source>%1 (walk-in)</source>
        <comment>came without registering</comment>
        <translation>%1 (venu sans inscription)</translation>
    </message>
    <message>
        <source>Came without registering; summary: %1</source>
        <translation>Venu sans inscription&#x202f;; synthèse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Synthèse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Morning %1</source>
        <translation>Matin %1</translation>
    </message>
    <message>
        <source>Afternoon %1</source>
        <translation>Après-midi %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Direction / Service</source>
        <translation>Direction / Service</translation>
    </message>
</context>
<context>
    <name>truc2::CatalogueStore</name>
    <message>
        <source>This format no longer exists.</source>
        <translation>Ce format n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The format needs a name.</source>
        <translation>Le format doit avoir un nom.</translation>
    </message>
    <message>
        <source>The code is 1 to 6 letters or digits, such as UT or AC: it begins every session code.</source>
        <translation>Le code comporte de 1 à 6 lettres ou chiffres, comme UT ou AC&#xa0;: il débute chaque code de session.</translation>
    </message>
    <message>
        <source>Give both the singular and the plural noun, or neither.</source>
        <translation>Indiquez le terme au singulier et au pluriel, ou aucun des deux.</translation>
    </message>
    <message>
        <source>The code %1 is already used by “%2”.</source>
        <translation>Le code %1 est déjà utilisé par «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A format named “%1” already exists.</source>
        <translation>Un format nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>This format still has actions in the catalogue: retire it instead (untick “Active”).</source>
        <translation>Ce format a encore des actions au catalogue&#xa0;: archivez-le plutôt (décochez «&#xa0;Actif&#xa0;»).</translation>
    </message>
    <message>
        <source>This action no longer exists.</source>
        <translation>Cette action n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <translation>L&apos;action doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>Choose the format of the action.</source>
        <translation>Choisissez le format de l&apos;action.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>La durée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>La capacité ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Sessions of this action are in the programme: retire the action instead (untick “Active”).</source>
        <translation>Des sessions de cette action figurent au programme&#xa0;: archivez plutôt l&apos;action (décochez «&#xa0;Active&#xa0;»).</translation>
    </message>
    <message>
        <source>Only a closed-group format has members: “%1” takes its participants otherwise.</source>
        <translation>Seul un format en groupe fermé a des membres&#xa0;: «&#xa0;%1&#xa0;» accueille ses participants autrement.</translation>
    </message>
    <message>
        <source>This agent no longer exists.</source>
        <translation>Cet agent n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 is an external speaker and cannot join “%2”.</source>
        <translation>%1 est un intervenant extérieur et ne peut pas rejoindre «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>truc2::FormatTableModel</name>
    <message>
        <source>Capacity + waiting list</source>
        <translation>Capacité + liste d&apos;attente</translation>
    </message>
    <message>
        <source>Open headcount</source>
        <translation>Entrée libre</translation>
    </message>
    <message>
        <source>Closed group</source>
        <translation>Groupe fermé</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Agents register up to the capacity of the session; the next ones go on a waiting list and move up in order when a place frees.</source>
        <translation>Les agents s&apos;inscrivent dans la limite des places de la session&#x202f;; les suivants sont placés en liste d&apos;attente et remontent dans l&apos;ordre quand une place se libère.</translation>
    </message>
    <message>
        <source>Anyone may come: only the headcount is recorded, names are optional.</source>
        <translation>Chacun peut venir&#xa0;: seul l&apos;effectif est enregistré, les noms sont facultatifs.</translation>
    </message>
    <message>
        <source>Only the members of a closed group take part.</source>
        <translation>Seuls les membres d&apos;un groupe fermé participent.</translation>
    </message>
    <message>
        <source>One registration covers every meeting of a cycle.</source>
        <translation>Une seule inscription vaut pour toutes les séances d&apos;un cycle.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Reports name this format on its own, without a noun.</source>
        <translation>Les bilans désignent ce format par son seul nom, sans terme.</translation>
    </message>
    <message>
        <source>Reports say “4 %1”.</source>
        <translation>Les bilans indiquent «&#xa0;4 %1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is retired: its actions can no longer be planned.</source>
        <translation>%1 est archivé&#xa0;: ses actions ne peuvent plus être programmées.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nouns in reports</source>
        <translation>Termes dans les bilans</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>truc2::HalfDay</name>
    <message>
        <source>Morning and afternoon</source>
        <translation>Matin et après-midi</translation>
    </message>
    <message>
        <source>morning and afternoon</source>
        <translation>matin et après-midi</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day, half-days</comment>
        <extracomment>A day of a session over several days, then its half-days: &quot;Mon 14/09 morning&quot;</extracomment>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message numerus="yes">
        <source>%n half-day(s): %1</source>
        <translation>
            <numerusform>%n demi-journée&#xa0;: %1</numerusform>
            <numerusform>%n demi-journées&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::OrganisationStore</name>
    <message>
        <source>A direction needs a name.</source>
        <translation>La direction doit avoir un nom.</translation>
    </message>
    <message>
        <source>A direction named “%1” already exists.</source>
        <translation>Une direction nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>This direction still has services: deactivate it instead.</source>
        <translation>Cette direction comporte encore des services&#xa0;: archivez-la plutôt.</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Le service doit avoir un nom.</translation>
    </message>
    <message>
        <source>This direction already has a service named “%1”.</source>
        <translation>Cette direction comporte déjà un service nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Agents still belong to this service: deactivate it instead.</source>
        <translation>Des agents sont encore rattachés à ce service&#xa0;: archivez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>truc2::PendingAttendanceModel</name>
    <message numerus="yes">
        <source>Attendance of %n registrant(s), held status</source>
        <translation>
            <numerusform>Présence de %n inscrit, statut «&#xa0;Réalisée&#xa0;»</numerusform>
            <numerusform>Présences de %n inscrits, statut «&#xa0;Réalisée&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Held status</source>
        <translation>Statut «&#xa0;Réalisée&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Attendance of %n registrant(s)</source>
        <translation>
            <numerusform>Présence de %n inscrit</numerusform>
            <numerusform>Présences de %n inscrits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2, ended %3: double-click to enter its attendance</source>
        <translation>%1 – %2, terminée le %3&#xa0;: double-cliquez pour saisir ses présences</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>To enter</source>
        <translation>À saisir</translation>
    </message>
</context>
<context>
    <name>truc2::ProgrammeModel</name>
    <message>
        <source>Planned</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Animators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>truc2::Recurrence</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>the first %1</source>
        <comment>weekday of the month</comment>
        <translation>le premier %1</translation>
    </message>
    <message>
        <source>the second %1</source>
        <comment>weekday of the month</comment>
        <translation>le deuxième %1</translation>
    </message>
    <message>
        <source>the third %1</source>
        <comment>weekday of the month</comment>
        <translation>le troisième %1</translation>
    </message>
    <message>
        <source>the fourth %1</source>
        <comment>weekday of the month</comment>
        <translation>le quatrième %1</translation>
    </message>
    <message>
        <source>the last %1</source>
        <comment>weekday of the month</comment>
        <translation>le dernier %1</translation>
    </message>
    <message>
        <source>%1 of each month</source>
        <comment>the day in the month</comment>
        <translation>%1 de chaque mois</translation>
    </message>
    <message numerus="yes">
        <source>%1 every %n months</source>
        <comment>the day in the month</comment>
        <translation>
            <numerusform>%1 tous les %n mois</numerusform>
            <numerusform>%1 tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>weekdays</comment>
        <translation>chaque %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks on %1</source>
        <comment>weekdays</comment>
        <translation>
            <numerusform>chaque semaine, le %1</numerusform>
            <numerusform>toutes les %n semaines, le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>day %1</source>
        <comment>of the month</comment>
        <translation>le %1</translation>
    </message>
    <message>
        <source>%1 (the last day in shorter months)</source>
        <comment>monthly rule</comment>
        <translation>%1 (le dernier jour pour les mois plus courts)</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>time format</comment>
        <extracomment>Time format for QTime::toString; in French: HH&apos; h &apos;mm</extracomment>
        <translation>HH&apos; h &apos;mm</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>start and end times</comment>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>first and last days</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>rule, times, period</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, except in %2</source>
        <comment>rule, skipped months</comment>
        <translation>%1, sauf en %2</translation>
    </message>
    <message>
        <source>Choose the first and last days of the series.</source>
        <translation>Choisissez le premier et le dernier jour de la série.</translation>
    </message>
    <message>
        <source>The series ends before it starts.</source>
        <translation>La série se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Choose the start and end times.</source>
        <translation>Choisissez les heures de début et de fin.</translation>
    </message>
    <message>
        <source>The end time must be after the start time: a session ends on the day it starts.</source>
        <translation>L&apos;heure de fin doit être postérieure à l&apos;heure de début&#xa0;: une session se termine le jour où elle commence.</translation>
    </message>
    <message>
        <source>The interval must be at least 1.</source>
        <translation>L&apos;intervalle doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Choisissez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>Choose the first, second, third, fourth or last weekday of the month.</source>
        <translation>Choisissez le premier, le deuxième, le troisième, le quatrième ou le dernier jour de ce nom dans le mois.</translation>
    </message>
    <message>
        <source>Choose a day of the month from 1 to 31.</source>
        <translation>Choisissez un jour du mois de 1 à 31.</translation>
    </message>
    <message>
        <source>No date matches this rule.</source>
        <translation>Aucune date ne correspond à cette règle.</translation>
    </message>
    <message>
        <source>This rule gives more than %1 dates: shorten the period.</source>
        <translation>Cette règle donne plus de %1 dates&#xa0;: raccourcissez la période.</translation>
    </message>
</context>
<context>
    <name>truc2::RegistrationStore</name>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cette session n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This session is cancelled: nobody can register for it.</source>
        <translation>Cette session est annulée&#xa0;: personne ne peut s&apos;y inscrire.</translation>
    </message>
    <message>
        <source>This agent no longer exists.</source>
        <translation>Cet agent n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This registration no longer exists.</source>
        <translation>Cette inscription n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This registration is already cancelled.</source>
        <translation>Cette inscription est déjà annulée.</translation>
    </message>
    <message>
        <source>%1 is inactive: reactivate them in the directory first.</source>
        <translation>%1 est inactif&#xa0;: réactivez-le d&apos;abord dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>%1 animates this session and cannot also attend it.</source>
        <translation>%1 anime cette session et ne peut pas y participer en même temps.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2: only its members register for its sessions (see its members on the Catalogue page).</source>
        <translation>%1 n&apos;est pas membre de «&#xa0;%2&#xa0;»&#xa0;: seuls ses membres s&apos;inscrivent à ses sessions (voir ses membres sur la page Catalogue).</translation>
    </message>
    <message>
        <source>%1 is already on the waiting list of this session (place %2).</source>
        <translation>%1 est déjà en liste d&apos;attente pour cette session (rang %2).</translation>
    </message>
    <message>
        <source>%1 is already registered for this session.</source>
        <translation>%1 est déjà inscrit à cette session.</translation>
    </message>
    <message>
        <source>The seat has gone to another agent meanwhile: register the agent again to join the waiting list.</source>
        <translation>La place a été attribuée entre-temps à un autre agent&#xa0;: inscrivez de nouveau l&apos;agent pour le placer en liste d&apos;attente.</translation>
    </message>
    <message>
        <source>The attendance of this registration is recorded: cancel it instead.</source>
        <translation>La présence de cet inscrit a déjà été saisie&#xa0;: annulez plutôt l&apos;inscription.</translation>
    </message>
</context>
<context>
    <name>truc2::RegistrationTableModel</name>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Venu sans inscription</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Matricule</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Direction / Service</source>
        <translation>Direction / Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>on the waiting list</comment>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>truc2::SessionStore</name>
    <message>
        <source>This format no longer exists.</source>
        <translation>Ce format n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A session ends after it starts.</source>
        <translation>Une session doit se terminer après son début.</translation>
    </message>
    <message>
        <source>The catalogue action of this session no longer exists.</source>
        <translation>L&apos;action du catalogue correspondant à cette session n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cette session n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This agent is already registered for this session.</source>
        <translation>Cet agent est déjà inscrit à cette session.</translation>
    </message>
    <message>
        <source>Choose the catalogue action.</source>
        <translation>Choisissez l&apos;action du catalogue.</translation>
    </message>
    <message>
        <source>Enter the date and start time.</source>
        <translation>Saisissez la date et l&apos;heure de début.</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>La session doit se terminer après son début.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>La capacité ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Sessions of this format take registrations up to a capacity: enter at least 1 seat.</source>
        <translation>Les sessions de ce format prennent les inscriptions dans la limite des places&#xa0;: indiquez au moins 1 place.</translation>
    </message>
    <message>
        <source>Say why the session is cancelled.</source>
        <translation>Indiquez pourquoi la session est annulée.</translation>
    </message>
    <message>
        <source>The school is closed on %1.</source>
        <translation>L&apos;école est fermée le %1.</translation>
    </message>
    <message>
        <source>The school is closed on %1 (%2).</source>
        <translation>L&apos;école est fermée le %1 (%2).</translation>
    </message>
    <message>
        <source>An animator no longer exists.</source>
        <translation>Un animateur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 %2 is no longer active: choose another animator or reactivate them in the directory.</source>
        <translation>%1&#xa0;%2 n&apos;est plus actif&#xa0;: choisissez un autre animateur ou réactivez-le dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Every date of this series falls on a day the school is closed.</source>
        <translation>Toutes les dates de cette série tombent un jour de fermeture de l&apos;école.</translation>
    </message>
    <message>
        <source>Another session already has the code %1.</source>
        <translation>Une autre session porte déjà le code %1.</translation>
    </message>
    <message>
        <source>Agents are registered for this session or answered its survey: cancel it instead of deleting it.</source>
        <translation>Des agents sont inscrits à cette session ou ont répondu à son enquête&#xa0;: annulez-la au lieu de la supprimer.</translation>
    </message>
</context>
<context>
    <name>truc2::SettingsStore</name>
    <message>
        <source>The headcount cannot be negative.</source>
        <translation>L&apos;effectif ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Choose a valid day.</source>
        <translation>Choisissez un jour valide.</translation>
    </message>
    <message>
        <source>Choose days between %1 and %2.</source>
        <translation>Choisissez des jours entre le %1 et le %2.</translation>
    </message>
    <message>
        <source>A day of training lasts between 1 and 24 hours.</source>
        <translation>Une journée de formation dure entre 1 et 24 heures.</translation>
    </message>
    <message>
        <source>The school needs a name: it heads every document.</source>
        <translation>L&apos;école a besoin d&apos;un nom&#xa0;: il figure en tête de chaque document.</translation>
    </message>
    <message>
        <source>The headcount of %1 cannot be negative.</source>
        <translation>L&apos;effectif de %1 ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>truc2::SurveyCommentModel</name>
    <message>
        <source>Answered on %1</source>
        <translation>Réponse envoyée le %1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Réponse donnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The satisfaction given with the comment, from 0 to 100 %</source>
        <translation>La satisfaction exprimée avec le commentaire, de 0 à 100&#xa0;%</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>truc2::SurveyImportTableModel</name>
    <message>
        <source>Every response is for %1</source>
        <translation>Toutes les réponses portent sur %1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rows left out: incomplete responses, unknown sessions or responses already imported</source>
        <translation>Lignes écartées&#xa0;: réponses incomplètes, sessions inconnues ou réponses déjà importées</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Responses added</source>
        <translation>Réponses ajoutées</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Lignes écartées</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>truc2::SurveyMappingModel</name>
    <message>
        <source>Satisfaction (%1)</source>
        <comment>scale of the answers</comment>
        <translation>Satisfaction (%1)</translation>
    </message>
    <message>
        <source>1 to 4</source>
        <translation>1 à 4</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1 à 5</translation>
    </message>
    <message>
        <source>0 to 10</source>
        <translation>0 à 10</translation>
    </message>
    <message>
        <source>words, 4 levels</source>
        <translation>mots, 4 niveaux</translation>
    </message>
    <message>
        <source>words, 5 levels</source>
        <translation>mots, 5 niveaux</translation>
    </message>
    <message>
        <source>Ignored (personal data, never stored)</source>
        <translation>Ignorée (donnée personnelle, jamais enregistrée)</translation>
    </message>
    <message>
        <source>Names, e-mail and IP addresses are never imported: the responses stay anonymous.</source>
        <translation>Les noms, adresses électroniques et adresses IP ne sont jamais importés&#xa0;: les réponses restent anonymes.</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
</context>
<context>
    <name>truc2::SurveyPreviewModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 → %2 %</source>
        <translation>%1 → %2&#xa0;%</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Useful skills</source>
        <translation>Compétences utiles</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Recommanderait</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>truc2::SurveySessionTableModel</name>
    <message>
        <source>(without a session)</source>
        <translation>(sans session)</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>n &lt; %1</source>
        <comment>fewer answers than shown</comment>
        <translation>n &lt; %1</translation>
    </message>
    <message>
        <source>Responses that name the format %1 but no session, submitted from %2 to %3</source>
        <translation>Réponses qui indiquent le format %1 mais aucune session, envoyées du %2 au %3</translation>
    </message>
    <message>
        <source>Responses that name the format %1 but no session</source>
        <translation>Réponses qui indiquent le format %1 mais aucune session</translation>
    </message>
    <message>
        <source>This session is not marked as held: its answers do not count in the figures of the period.</source>
        <translation>Cette session n&apos;est pas marquée comme réalisée&#xa0;: ses réponses ne comptent pas dans les chiffres de la période.</translation>
    </message>
    <message>
        <source>No session, so no participants to compare the responses with</source>
        <translation>Pas de session, donc pas de participants auxquels rapporter les réponses</translation>
    </message>
    <message>
        <source>Nobody gave their satisfaction</source>
        <translation>Personne n&apos;a indiqué sa satisfaction</translation>
    </message>
    <message numerus="yes">
        <source>Only %n answer(s): a mean of fewer than %1 answers is not shown.</source>
        <translation>
            <numerusform>Seulement %n réponse&#xa0;: une moyenne sur moins de %1 réponses n&apos;est pas affichée.</numerusform>
            <numerusform>Seulement %n réponses&#xa0;: une moyenne sur moins de %1 réponses n&apos;est pas affichée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean satisfaction of %n answer(s), on a scale from 0 to 100 %</source>
        <translation>
            <numerusform>Satisfaction moyenne sur %n réponse, sur une échelle de 0 à 100&#xa0;%</numerusform>
            <numerusform>Satisfaction moyenne sur %n réponses, sur une échelle de 0 à 100&#xa0;%</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody answered yes or no</source>
        <translation>Personne n&apos;a répondu par oui ou par non</translation>
    </message>
    <message numerus="yes">
        <source>Only %n answer(s): a rate of fewer than %1 answers is not shown.</source>
        <translation>
            <numerusform>Seulement %n réponse&#xa0;: un taux sur moins de %1 réponses n&apos;est pas affiché.</numerusform>
            <numerusform>Seulement %n réponses&#xa0;: un taux sur moins de %1 réponses n&apos;est pas affiché.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 yes of %n answer(s) yes or no</source>
        <translation>
            <numerusform>%1 oui sur %n réponse par oui ou par non</numerusform>
            <numerusform>%1 oui sur %n réponses par oui ou par non</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents present and anonymous participants</source>
        <translation>Agents présents et participants anonymes</translation>
    </message>
    <message>
        <source>Survey responses imported for the session</source>
        <translation>Réponses à l&apos;enquête importées pour la session</translation>
    </message>
    <message>
        <source>Responses divided by participants</source>
        <translation>Réponses rapportées au nombre de participants</translation>
    </message>
    <message>
        <source>Mean satisfaction, whatever the survey&apos;s scale, from 0 to 100 %; shown from %1 answers</source>
        <translation>Satisfaction moyenne, quelle que soit l&apos;échelle de l&apos;enquête, de 0 à 100&#xa0;%&#x202f;; affichée à partir de %1 réponses</translation>
    </message>
    <message>
        <source>Share of yes among the yes or no answers to &quot;useful skills acquired&quot;; shown from %1 answers</source>
        <translation>Part de oui parmi les réponses par oui ou par non à «&#xa0;compétences utiles acquises&#xa0;»&#x202f;; affichée à partir de %1 réponses</translation>
    </message>
    <message>
        <source>Share of yes among the yes or no answers to &quot;would recommend&quot;; shown from %1 answers</source>
        <translation>Part de oui parmi les réponses par oui ou par non à «&#xa0;recommanderait&#xa0;»&#x202f;; affichée à partir de %1 réponses</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Useful skills</source>
        <translation>Compétences utiles</translation>
    </message>
    <message>
        <source>Recommend</source>
        <comment>column header: the share who would recommend it; keep it short</comment>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>responses for participants</comment>
        <translation>%1 pour %2</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::SurveyStore</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;import a été annulé&#x202f;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This import no longer exists.</source>
        <translation>Cet import n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
</context>
<context>
    <name>truc2::ui::ActionDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (archivé)</translation>
    </message>
</context>
<context>
    <name>truc2::ui::AgentDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>Nouvel agent</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
</context>
<context>
    <name>truc2::ui::AgentHistoryDialog</name>
    <message>
        <source>&amp;Attestation of training…</source>
        <translation>&amp;Attestation de formation…</translation>
    </message>
    <message>
        <source>Print or save as PDF the attestation of the sessions this agent attended in the period shown</source>
        <translation>Imprimer ou enregistrer en PDF l&apos;attestation des sessions suivies par cet agent sur la période affichée</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>History of %1 (%2)</source>
        <comment>name, service</comment>
        <translation>Historique de %1 (%2)</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No session in this period.</source>
        <translation>Aucune session sur cette période.</translation>
    </message>
    <message>
        <source>No session yet: this agent has never registered for nor animated a session.</source>
        <translation>Aucune session pour l&apos;instant&#xa0;: cet agent ne s&apos;est jamais inscrit à une session et n&apos;en a jamais animé.</translation>
    </message>
</context>
<context>
    <name>truc2::ui::AgentImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Import agents</source>
        <translation>Importer des agents</translation>
    </message>
    <message>
        <source>%1 holds no table.</source>
        <translation>%1 ne contient aucun tableau.</translation>
    </message>
    <message>
        <source>Choose the file exported by the HR system (CSV or XLSX).</source>
        <translation>Choisissez le fichier exporté par le SIRH (CSV ou XLSX).</translation>
    </message>
    <message>
        <source>No line of this file can be imported.</source>
        <translation>Aucune ligne de ce fichier ne peut être importée.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate the %n agent(s) missing from this file (a full export)</source>
        <translation>
            <numerusform>&amp;Désactiver %n agent absent de ce fichier (export complet)</numerusform>
            <numerusform>&amp;Désactiver les %n agents absents de ce fichier (export complet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new agent(s)</source>
        <translation>
            <numerusform>%n nouvel agent</numerusform>
            <numerusform>%n nouveaux agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deactivated</source>
        <translation>
            <numerusform>%n désactivé</numerusform>
            <numerusform>%n désactivés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out</source>
        <translation>
            <numerusform>%n ligne écartée</numerusform>
            <numerusform>%n lignes écartées</numerusform>
        </translation>
    </message>
    <message>
        <source>New directions: %1; new services: %2.</source>
        <translation>Nouvelles directions&#xa0;: %1&#x202f;; nouveaux services&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Correspondances de colonnes (*.json)</translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>Charger une correspondance des colonnes</translation>
    </message>
    <message>
        <source>Deactivate agents</source>
        <translation>Désactiver des agents</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) missing from this file will be deactivated. They stay in the directory, with their history, and can be reactivated. Deactivate them?</source>
        <translation>
            <numerusform>%n agent absent de ce fichier va être désactivé. Il reste dans l&apos;annuaire, avec son historique, et pourra être réactivé. Le désactiver&#x202f;?</numerusform>
            <numerusform>%n agents absents de ce fichier vont être désactivés. Ils restent dans l&apos;annuaire, avec leur historique, et pourront être réactivés. Les désactiver&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the agents…</source>
        <translation>Import des agents…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agents imported</source>
        <translation>Agents importés</translation>
    </message>
</context>
<context>
    <name>truc2::ui::AgentTypeAhead</name>
    <message>
        <source>external</source>
        <translation>extérieur</translation>
    </message>
    <message>
        <source>%1 (external)</source>
        <translation>%1 (extérieur)</translation>
    </message>
</context>
<context>
    <name>truc2::ui::AgentsPage</name>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Search by name, matricule or service…</source>
        <translation>Rechercher par nom, matricule ou service…</translation>
    </message>
    <message>
        <source>Show inactive agents</source>
        <translation>Afficher les agents inactifs</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>&amp;Nouvel agent…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Directions and &amp;services…</source>
        <translation>Directions et &amp;services…</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Deactivate agents</source>
        <translation>Désactiver des agents</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n agent(s)? They stay in the history of past sessions but can no longer be registered.</source>
        <translation>
            <numerusform>Désactiver %n agent&#x202f;? Il reste dans l&apos;historique des sessions passées, mais ne peut plus être inscrit.</numerusform>
            <numerusform>Désactiver %n agents&#x202f;? Ils restent dans l&apos;historique des sessions passées, mais ne peuvent plus être inscrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>The sessions the selected agent attended and animated, and their attestation of training</source>
        <translation>Les sessions suivies et animées par l&apos;agent sélectionné, et son attestation de formation</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Update the directory from the HR system&apos;s export</source>
        <translation>Mettre à jour l&apos;annuaire à partir de l&apos;export du SIRH</translation>
    </message>
</context>
<context>
    <name>truc2::ui::AnimatorsPage</name>
    <message>
        <source>Animators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Search by name, service, organisation or format…</source>
        <translation>Rechercher par nom, service, organisme ou format…</translation>
    </message>
    <message>
        <source>Agents and external speakers</source>
        <translation>Agents et intervenants extérieurs</translation>
    </message>
    <message>
        <source>Agents only</source>
        <translation>Agents uniquement</translation>
    </message>
    <message>
        <source>External speakers only</source>
        <translation>Intervenants extérieurs uniquement</translation>
    </message>
    <message>
        <source>&amp;Edit the person…</source>
        <translation>&amp;Modifier la personne…</translation>
    </message>
    <message>
        <source>Record their facilitation training, or correct their details</source>
        <translation>Enregistrer sa formation à l&apos;animation, ou corriger ses informations</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nobody animated a session in this period.</source>
        <translation>Personne n&apos;a animé de session sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%n animator(s)</source>
        <translation>
            <numerusform>%n animateur</numerusform>
            <numerusform>%n animateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, including %2</source>
        <comment>animators, including external speakers</comment>
        <translation>%1, dont %2</translation>
    </message>
    <message numerus="yes">
        <source>%n external speaker(s)</source>
        <translation>
            <numerusform>%n intervenant extérieur</numerusform>
            <numerusform>%n intervenants extérieurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2, %3</source>
        <comment>animators; sessions held, hours</comment>
        <translation>%1&#x202f;; %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n session réalisée</numerusform>
            <numerusform>%n sessions réalisées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>figures; upcoming sessions</comment>
        <translation>%1&#x202f;; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to come</source>
        <translation>
            <numerusform>%n session à venir</numerusform>
            <numerusform>%n sessions à venir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n row(s) shown</source>
        <translation>
            <numerusform>%1 — lignes affichées&#xa0;: %2 sur %n</numerusform>
            <numerusform>%1 — lignes affichées&#xa0;: %2 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Attestation of animation…</source>
        <translation>&amp;Attestation d&apos;animation…</translation>
    </message>
    <message>
        <source>Print or save as PDF the attestation of the sessions the selected person animated in this period, for their annual review</source>
        <translation>Imprimer ou enregistrer en PDF l&apos;attestation des sessions animées par la personne choisie sur cette période, pour son entretien annuel</translation>
    </message>
</context>
<context>
    <name>truc2::ui::AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Présences de la session %1</translation>
    </message>
    <message>
        <source>The attendance has changes that are not saved. Save them?</source>
        <translation>Des modifications des présences ne sont pas enregistrées. Les enregistrer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>truc2::ui::AttendancePanel</name>
    <message>
        <source>All &amp;present</source>
        <translation>Tous &amp;présents</translation>
    </message>
    <message>
        <source>Mark every registrant present on every half-day, then note the absent ones</source>
        <translation>Marquer tous les inscrits présents à toutes les demi-journées, puis noter les absents</translation>
    </message>
    <message>
        <source>Name, matricule or service, then Return</source>
        <translation>Nom, matricule ou service, puis Entrée</translation>
    </message>
    <message>
        <source>Someone came without registering: type a few letters of their name, then Return adds the first suggestion as present</source>
        <translation>Une personne est venue sans inscription&#xa0;: saisissez quelques lettres de son nom, puis Entrée ajoute la première suggestion comme présente</translation>
    </message>
    <message>
        <source>Add a &amp;walk-in:</source>
        <translation>Ajouter une personne &amp;venue sans inscription&#xa0;:</translation>
    </message>
    <message>
        <source>Space: present, absent, excused in turn · P, A, E: that value, then the next row · a click changes a cell · Delete removes a walk-in not saved yet</source>
        <translation>Espace&#xa0;: présent, absent, excusé tour à tour · P, A, E&#xa0;: cette valeur, puis la ligne suivante · un clic modifie une case · Suppr retire une personne venue sans inscription pas encore enregistrée</translation>
    </message>
    <message>
        <source>Mark the session as &amp;held</source>
        <translation>Marquer la session comme &amp;réalisée</translation>
    </message>
    <message>
        <source>Only held sessions count in the figures</source>
        <translation>Seules les sessions réalisées comptent dans les chiffres</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>session code, action title</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This attendance was changed elsewhere meanwhile: saving will be refused. Discard your changes to see it as it is now.</source>
        <translation>Ces présences ont été modifiées entre-temps sur un autre poste&#xa0;: l&apos;enregistrement sera refusé. Abandonnez vos modifications pour les voir dans leur état actuel.</translation>
    </message>
    <message>
        <source>Choose a session to record its attendance.</source>
        <translation>Choisissez une session pour en saisir les présences.</translation>
    </message>
    <message>
        <source>This session is cancelled: there is no attendance to record.</source>
        <translation>Cette session est annulée&#xa0;: il n&apos;y a pas de présences à saisir.</translation>
    </message>
    <message>
        <source>The school is open read-only: the attendance cannot be changed.</source>
        <translation>L&apos;école est ouverte en lecture seule&#xa0;: les présences ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>Nobody registered: add those who came as walk-ins.</source>
        <translation>Aucun inscrit&#xa0;: ajoutez les personnes venues sans inscription.</translation>
    </message>
    <message>
        <source>The session is marked held.</source>
        <translation>La session est marquée comme réalisée.</translation>
    </message>
    <message>
        <source>The session is over and not marked held yet.</source>
        <translation>La session est terminée, mais pas encore marquée comme réalisée.</translation>
    </message>
    <message>
        <source>The session is not over yet.</source>
        <translation>La session n&apos;est pas encore terminée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 present out of %n registered</source>
        <translation>
            <numerusform>Présents&#xa0;: %1 sur %n inscrit</numerusform>
            <numerusform>Présents&#xa0;: %1 sur %n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n venu sans inscription</numerusform>
            <numerusform>%n venus sans inscription</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%n excusé</numerusform>
            <numerusform>%n excusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not entered</source>
        <translation>
            <numerusform>%n non saisi</numerusform>
            <numerusform>%n non saisis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n counted without names)</source>
        <translation>
            <numerusform>(dont %n compté sans nom)</numerusform>
            <numerusform>(dont %n comptés sans nom)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already on the attendance sheet.</source>
        <translation>%1 figure déjà sur la feuille d&apos;émargement.</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Tous présents</translation>
    </message>
    <message>
        <source>Remove this walk-in</source>
        <translation>Retirer cette personne venue sans inscription</translation>
    </message>
    <message>
        <source>Record the attendance of %1</source>
        <translation>la saisie des présences de la session %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>truc2::ui::CataloguePage</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>New &amp;format…</source>
        <translation>Nouveau fo&amp;rmat…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Formats appear in this order in the lists, the calendar and the reports.</source>
        <translation>Les formats apparaissent dans cet ordre dans les listes, le calendrier et les bilans.</translation>
    </message>
    <message>
        <source>Only a format without actions can be removed; retire the others (Edit…, untick “Active”).</source>
        <translation>Seul un format sans actions peut être supprimé&#x202f;; archivez les autres (Modifier…, décochez «&#xa0;Actif&#xa0;»).</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Search by title or tag…</source>
        <translation>Rechercher par intitulé ou mot-clé…</translation>
    </message>
    <message>
        <source>Show retired actions</source>
        <translation>Afficher les actions archivées</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Nouvelle action…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Dupliquer…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Archi&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>A retired action stays in the history of its sessions, but no new session can be planned.</source>
        <translation>Une action archivée reste dans l&apos;historique de ses sessions, mais aucune nouvelle session ne peut être programmée.</translation>
    </message>
    <message>
        <source>Only an action without sessions can be removed; retire the others.</source>
        <translation>Seule une action sans sessions peut être supprimée&#x202f;; archivez les autres.</translation>
    </message>
    <message>
        <source>Actions of “%1”</source>
        <translation>Actions du format «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Actions (add a format first: each action belongs to one)</source>
        <translation>Actions (ajoutez d&apos;abord un format&#xa0;: chaque action appartient à un format)</translation>
    </message>
    <message>
        <source>Actions (choose a format above)</source>
        <translation>Actions (choisissez un format ci-dessus)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Réacti&amp;ver</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Brochure…</source>
        <translation>&amp;Brochure…</translation>
    </message>
    <message>
        <source>Print or save as PDF the catalogue brochure of a school year: each action with the dates of its sessions.</source>
        <translation>Imprimer ou enregistrer en PDF la brochure du catalogue d&apos;une année scolaire&#xa0;: chaque action avec les dates de ses sessions.</translation>
    </message>
    <message>
        <source>M&amp;embers…</source>
        <translation>Membres du &amp;groupe…</translation>
    </message>
    <message>
        <source>A closed-group format (the managers&apos; community) registers only its members: who they are.</source>
        <translation>Un format en groupe fermé (la Communauté des managers) n&apos;inscrit que ses membres&#xa0;: voir et modifier la liste des membres.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>truc2::ui::ChartPanel</name>
    <message>
        <source>&amp;Copy the chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Enregistrer en &amp;SVG…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>…</source>
        <comment>menu of a chart</comment>
        <translation>…</translation>
    </message>
    <message>
        <source>Copy or save this chart</source>
        <translation>Copier ou enregistrer ce graphique</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>L&apos;image n&apos;a pas pu être enregistrée dans %1.</translation>
    </message>
    <message>
        <source>The document could not be written to %1.</source>
        <translation>Le document n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
</context>
<context>
    <name>truc2::ui::ClosedDaysDialog</name>
    <message>
        <source>Closed days %1–%2</source>
        <translation>Jours de fermeture %1–%2</translation>
    </message>
    <message>
        <source>Days the school is closed from %1 to %2: no session can be planned on them.</source>
        <translation>Jours où l&apos;école est fermée du %1 au %2&#xa0;: aucune session ne peut y être programmée.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason: strike, summer closure…</source>
        <translation>Motif&#xa0;: grève, fermeture estivale…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Add the &amp;public holidays</source>
        <translation>Ajouter les jours &amp;fériés</translation>
    </message>
    <message>
        <source>The French public holidays of the school year: 1 November, Christmas, Easter Monday, 1 and 8 May, Ascension, Whit Monday…</source>
        <translation>Les jours fériés de l&apos;année scolaire&#xa0;: 1er novembre, Noël, lundi de Pâques, 1er et 8 mai, Ascension, lundi de Pentecôte…</translation>
    </message>
</context>
<context>
    <name>truc2::ui::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>your login, %1</source>
        <translation>votre identifiant, %1</translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation>Chiffrer si le serveur le permet (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Toujours chiffrer (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate (verify-full)</source>
        <translation>Chiffrer et vérifier le certificat du serveur (verify-full)</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>Ne jamais chiffrer (disable)</translation>
    </message>
    <message>
        <source>The connection is encrypted when the server offers it, in clear otherwise. The usual choice inside the organisation&apos;s network.</source>
        <translation>La connexion est chiffrée si le serveur le propose, en clair sinon. Le choix habituel sur le réseau de la collectivité.</translation>
    </message>
    <message>
        <source>The connection is always encrypted: a server that cannot encrypt is refused. The server&apos;s identity is not checked.</source>
        <translation>La connexion est toujours chiffrée&#xa0;: un serveur qui ne peut pas chiffrer est refusé. L&apos;identité du serveur n&apos;est pas vérifiée.</translation>
    </message>
    <message>
        <source>The safest: always encrypted, and the server must prove its name with a certificate. The IT team installs the certificate authority on this workstation first.</source>
        <translation>Le plus sûr&#xa0;: la connexion est toujours chiffrée, et le serveur doit prouver son nom par un certificat. Le service informatique installe d&apos;abord l&apos;autorité de certification sur ce poste.</translation>
    </message>
    <message>
        <source>Passwords and data travel in clear: only for a server on this computer or a test network.</source>
        <translation>Les mots de passe et les données circulent en clair&#xa0;: uniquement pour un serveur situé sur cet ordinateur ou sur un réseau de test.</translation>
    </message>
    <message>
        <source>Encryption mode “%1”, as the address gave it.</source>
        <translation>Mode de chiffrement «&#xa0;%1&#xa0;», tel qu&apos;indiqué dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>The desktop&apos;s keyring cannot be used (%1): the password will be asked again next time.</source>
        <translation>Le trousseau du bureau ne peut pas être utilisé (%1)&#xa0;: le mot de passe sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Write the server&apos;s name or address.</source>
        <translation>Indiquez le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot contain spaces or the characters / @ ? #.</source>
        <translation>Le nom du serveur ne peut contenir ni espaces ni les caractères / @ ? #.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>Le port est un nombre de 1 à 65535 (généralement 5432).</translation>
    </message>
    <message>
        <source>Write the name of the database.</source>
        <translation>Indiquez le nom de la base de données.</translation>
    </message>
    <message>
        <source>The database&apos;s name cannot contain “/”.</source>
        <translation>Le nom de la base de données ne peut pas contenir «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>These names hold characters an address cannot carry.</source>
        <translation>Ces noms contiennent des caractères qu&apos;une adresse ne peut pas transmettre.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1. Your account may only read this school: ask the administrator for write access to change it.</source>
        <translation>Connecté à %1. Votre compte ne peut que consulter cette école&#xa0;: demandez à l&apos;administrateur un accès en écriture pour la modifier.</translation>
    </message>
    <message>
        <source>Connected to %1. Your account may read and change this school.</source>
        <translation>Connecté à %1. Votre compte peut consulter et modifier cette école.</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Mot de passe non enregistré</translation>
    </message>
    <message>
        <source>The desktop&apos;s keyring could not keep the password (%1): it will be asked again next time.</source>
        <translation>Le trousseau du bureau n&apos;a pas pu conserver le mot de passe (%1)&#xa0;: il sera redemandé la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>truc2::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%n agents reached; no permanent headcount is known for this year (settings).</source>
        <translation>
            <numerusform>%n agent touché&#x202f;; aucun effectif permanent n&apos;est connu pour cette année (paramètres).</numerusform>
            <numerusform>%n agents touchés&#x202f;; aucun effectif permanent n&apos;est connu pour cette année (paramètres).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents reached of a permanent headcount of %1: %2.</source>
        <translation>
            <numerusform>%n agent touché sur un effectif permanent de %1&#xa0;: %2.</numerusform>
            <numerusform>%n agents touchés sur un effectif permanent de %1&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>truc2::ui::DashboardTiles</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Agents reached</source>
        <translation>Agents touchés</translation>
    </message>
    <message>
        <source>Share of the headcount reached</source>
        <translation>Part de l&apos;effectif touchée</translation>
    </message>
    <message>
        <source>Animators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Survey response rate</source>
        <translation>Taux de réponse aux enquêtes</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Useful skills</source>
        <translation>Compétences utiles</translation>
    </message>
    <message>
        <source>New animators</source>
        <translation>Nouveaux animateurs</translation>
    </message>
    <message>
        <source>Sessions per animator</source>
        <translation>Sessions par animateur</translation>
    </message>
    <message>
        <source>a year before: %1</source>
        <translation>un an plus tôt&#xa0;: %1</translation>
    </message>
    <message>
        <source>–</source>
        <comment>nothing to divide by</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>n &lt; %1</source>
        <translation>n &lt; %1</translation>
    </message>
    <message>
        <source>=</source>
        <comment>no change</comment>
        <translation>=</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <comment>a change and its percentage</comment>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>–</source>
        <comment>nothing to compare with</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points</comment>
        <translation>%1 pts</translation>
    </message>
</context>
<context>
    <name>truc2::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to TRUC²</source>
        <translation>Bienvenue dans TRUC²</translation>
    </message>
    <message>
        <source>Open the &amp;demo school</source>
        <translation>Ouvrir l&apos;école de dé&amp;monstration</translation>
    </message>
    <message>
        <source>Start an &amp;empty school</source>
        <translation>Créer une école &amp;vide</translation>
    </message>
    <message>
        <source>e.g. Ville de Caluire-et-Cuire</source>
        <translation>ex.&#xa0;: Ville de Caluire-et-Cuire</translation>
    </message>
    <message>
        <source> permanent agents</source>
        <translation> agents permanents</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Collectivité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Nom de l&apos;école&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>&amp;Effectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Give the name of the organisation and of the school: they head every printed sheet and report.</source>
        <translation>Indiquez le nom de la collectivité et celui de l&apos;école&#xa0;: ils figurent en tête de chaque feuille imprimée et de chaque bilan.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No school yet in %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Discover the program on the demo school (600 agents, the five formats, the 2019–2021 programme and its published figures), start your own school, or connect to the school your colleagues share on a server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune école pour l&apos;instant dans %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Découvrez le logiciel avec l&apos;école de démonstration (600 agents, les cinq formats, le programme 2019–2021 et ses chiffres publiés), créez votre propre école, ou connectez-vous à l&apos;école que vos collègues partagent sur un serveur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to a s&amp;hared school on a server…</source>
        <translation>Se connecter à une école &amp;partagée sur un serveur…</translation>
    </message>
</context>
<context>
    <name>truc2::ui::FormatDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New format</source>
        <translation>Nouveau format</translation>
    </message>
    <message>
        <source>Colour of the format</source>
        <translation>Couleur du format</translation>
    </message>
</context>
<context>
    <name>truc2::ui::FormatFilter</name>
    <message>
        <source>All formats</source>
        <translation>Tous les formats</translation>
    </message>
</context>
<context>
    <name>truc2::ui::GroupMembersDialog</name>
    <message>
        <source>Members of %1</source>
        <translation>Membres du groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Only the members of %1 register for its sessions. Each change is saved at once; Edit ▸ Undo takes it back.</source>
        <translation>Seuls les membres de «&#xa0;%1&#xa0;» s&apos;inscrivent à ses sessions. Chaque modification est enregistrée immédiatement&#x202f;; Édition ▸ Annuler permet de revenir en arrière.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <comment>member</comment>
        <translation>%1 (inactif)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>l&apos;ajout de %1 au groupe «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>le retrait de %1 du groupe «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from %1</source>
        <translation>
            <numerusform>le retrait de %n membre du groupe «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>le retrait de %n membres du groupe «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::MainWindow</name>
    <message>
        <source>The change was not made</source>
        <translation>La modification n&apos;a pas été effectuée</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>This school is open read-only: you can look at everything, but not change anything. Ask for write access to the file to edit it.</source>
        <translation>Cette école est ouverte en lecture seule&#xa0;: vous pouvez tout consulter, mais rien modifier. Demandez l&apos;accès en écriture au fichier pour pouvoir la modifier.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open another school…</source>
        <translation>&amp;Ouvrir une autre école…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About TRUC²</source>
        <translation>À &amp;propos de TRUC²</translation>
    </message>
    <message>
        <source>Training school</source>
        <translation>École de formation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open a school</source>
        <translation>Ouvrir une école</translation>
    </message>
    <message>
        <source>TRUC² schools (*.truc2 *.sqlite *.db);;All files (*)</source>
        <translation>Écoles TRUC² (*.truc2 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back up the school</source>
        <translation>Sauvegarder l&apos;école</translation>
    </message>
    <message>
        <source>TRUC² schools (*.truc2)</source>
        <translation>Écoles TRUC² (*.truc2)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde enregistrée dans %1.</translation>
    </message>
    <message>
        <source>About TRUC²</source>
        <translation>À propos de TRUC²</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TRUC² %1&lt;/h3&gt;&lt;p&gt;Les Temps de Rencontres Utiles pour se Connaître, Comprendre: the internal training school run by and for the agents.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TRUC² %1&lt;/h3&gt;&lt;p&gt;Les Temps de Rencontres Utiles pour se Connaître, Comprendre&#xa0;: l&apos;école de formation interne animée par et pour les agents.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your account may only read this shared school: you can look at everything, but not change anything. Ask the administrator for write access to edit it.</source>
        <translation>Votre compte ne peut que consulter cette école partagée&#xa0;: vous pouvez tout voir, mais rien modifier. Demandez à l&apos;administrateur un accès en écriture pour la modifier.</translation>
    </message>
    <message>
        <source>Shared school on %1</source>
        <translation>École partagée sur %1</translation>
    </message>
    <message>
        <source>&amp;Connect to a shared database…</source>
        <translation>Se &amp;connecter à une base de données partagée…</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Animators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>&amp;Import agents…</source>
        <translation>&amp;Importer des agents…</translation>
    </message>
    <message>
        <source>Import &amp;survey results…</source>
        <translation>Importer des &amp;résultats d&apos;enquête…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>School &amp;settings…</source>
        <translation>&amp;Paramètres de l&apos;école…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>truc2::ui::MixingHeatMap</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was present at %n sessions</source>
        <translation>
            <numerusform>%1 était présente à %n session</numerusform>
            <numerusform>%1 était présente à %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 met at %n sessions</source>
        <translation>
            <numerusform>%1 et %2 se sont rencontrées lors de %n session</numerusform>
            <numerusform>%1 et %2 se sont rencontrées lors de %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::OrganisationDialog</name>
    <message>
        <source>Directions and services</source>
        <translation>Directions et services</translation>
    </message>
    <message>
        <source>Direction / service</source>
        <translation>Direction / service</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>New &amp;direction…</source>
        <translation>Nouvelle &amp;direction…</translation>
    </message>
    <message>
        <source>New &amp;service…</source>
        <translation>Nouveau &amp;service…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Archi&amp;ver</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>New direction</source>
        <translation>Nouvelle direction</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>archivé(e)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Réacti&amp;ver</translation>
    </message>
    <message>
        <source>Add direction %1</source>
        <translation>l&apos;ajout de la direction %1</translation>
    </message>
    <message>
        <source>Add service %1</source>
        <translation>l&apos;ajout du service %1</translation>
    </message>
    <message>
        <source>Rename service %1</source>
        <translation>le renommage du service %1</translation>
    </message>
    <message>
        <source>Rename direction %1</source>
        <translation>le renommage de la direction %1</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>l&apos;archivage de %1</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>la réactivation de %1</translation>
    </message>
    <message>
        <source>Remove service %1</source>
        <translation>la suppression du service %1</translation>
    </message>
    <message>
        <source>Remove direction %1</source>
        <translation>la suppression de la direction %1</translation>
    </message>
</context>
<context>
    <name>truc2::ui::PendingAttendanceWidget</name>
    <message>
        <source>&lt;b&gt;Attendance to enter&lt;/b&gt;</source>
        <translation>&lt;b&gt;Présences à saisir&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Every session of the last %n day(s) has its attendance.</source>
        <translation>
            <numerusform>Toutes les sessions du dernier jour ont leurs présences saisies.</numerusform>
            <numerusform>Toutes les sessions des %n derniers jours ont leurs présences saisies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past session(s) wait for their attendance: double-click one to enter it.</source>
        <translation>
            <numerusform>%n session passée attend ses présences&#xa0;: double-cliquez dessus pour les saisir.</numerusform>
            <numerusform>%n sessions passées attendent leurs présences&#xa0;: double-cliquez sur l&apos;une d&apos;elles pour les saisir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::PeriodSelector</name>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Année civile</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>School year %1–%2</source>
        <translation>Année scolaire %1–%2</translation>
    </message>
    <message>
        <source>Previous school year</source>
        <translation>Année scolaire précédente</translation>
    </message>
    <message>
        <source>Next school year</source>
        <translation>Année scolaire suivante</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Année suivante</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter: T1 2021 in French</comment>
        <translation>T%1&#xa0;%2</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>Trimestre précédent</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Trimestre suivant</translation>
    </message>
</context>
<context>
    <name>truc2::ui::ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nouvelle session…</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Exporter vers un agenda…</translation>
    </message>
    <message>
        <source>Save the sessions shown as an iCalendar file (.ics) for Outlook, Thunderbird or a phone</source>
        <translation>Enregistrer les sessions affichées dans un fichier iCalendar (.ics) pour Outlook, Thunderbird ou un téléphone</translation>
    </message>
    <message>
        <source>Search by title, code, room or animator…</source>
        <translation>Rechercher par intitulé, code, salle ou animateur…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Tous les formats</translation>
    </message>
    <message>
        <source>All animators</source>
        <translation>Tous les animateurs</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Toutes les salles</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n en conflit</numerusform>
            <numerusform>%n en conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden by the filters</source>
        <translation>
            <numerusform>%n masquée par les filtres</numerusform>
            <numerusform>%n masquées par les filtres</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed days…</source>
        <translation>Jours de fermeture…</translation>
    </message>
    <message>
        <source>The days the school is closed in the school year shown: bank holidays, the summer closure…</source>
        <translation>Les jours où l&apos;école est fermée pendant l&apos;année scolaire affichée&#xa0;: jours fériés, fermeture estivale…</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>The attendance you entered is not saved. Save it before showing another session?</source>
        <translation>Les présences saisies ne sont pas enregistrées. Les enregistrer avant d&apos;afficher une autre session&#x202f;?</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>truc2::ui::RegistrationsPanel</name>
    <message>
        <source>People who came without being named (an open conference): they count among the participants.</source>
        <translation>Personnes venues sans être nommées (conférence en entrée libre)&#xa0;: elles sont comptées parmi les participants.</translation>
    </message>
    <message>
        <source>Counted &amp;without names:</source>
        <translation>Comptés &amp;sans nom&#xa0;:</translation>
    </message>
    <message>
        <source>Show cancelled registrations</source>
        <translation>Afficher les inscriptions annulées</translation>
    </message>
    <message>
        <source>Copy &amp;e-mails</source>
        <translation>Copier les &amp;courriels</translation>
    </message>
    <message>
        <source>&amp;Cancel registration</source>
        <translation>&amp;Annuler l&apos;inscription</translation>
    </message>
    <message>
        <source>The first agent on the waiting list takes the freed seat, unless the session has started.</source>
        <translation>Le premier agent de la liste d&apos;attente prend la place libérée, sauf si la session a commencé.</translation>
    </message>
    <message>
        <source>This session is cancelled: nobody can register for it.</source>
        <translation>Cette session est annulée&#xa0;: personne ne peut s&apos;y inscrire.</translation>
    </message>
    <message>
        <source>Register a member of %1: type a name, matricule or service…</source>
        <translation>Inscrire un membre de «&#xa0;%1&#xa0;»&#xa0;: saisissez un nom, un matricule ou un service…</translation>
    </message>
    <message>
        <source>Register agents: type a name, matricule or service, then Return; the next one…</source>
        <translation>Inscrire des agents&#xa0;: saisissez un nom, un matricule ou un service, puis Entrée&#x202f;; puis le suivant…</translation>
    </message>
    <message>
        <source>%1 / %2 registered</source>
        <translation>%1 / %2 inscrits</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n en liste d&apos;attente</numerusform>
            <numerusform>%n en liste d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n counted without names</source>
        <translation>
            <numerusform>%n compté sans nom</numerusform>
            <numerusform>%n comptés sans nom</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled session</source>
        <translation>Session annulée</translation>
    </message>
    <message>
        <source>Copies the e-mail addresses of the agents holding a seat (not those waiting), as a mail client takes them: a@x; b@y.</source>
        <translation>Copie les adresses électroniques des agents ayant une place (pas ceux en liste d&apos;attente), au format attendu par une messagerie&#xa0;: a@x; b@y.</translation>
    </message>
    <message>
        <source>Without an e-mail address: %1.</source>
        <translation>Sans adresse électronique&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The session is full: %1 is on the waiting list, place %2.</source>
        <translation>La session est complète&#xa0;: %1 est en liste d&apos;attente, au rang %2.</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 est inscrit.</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled: %2, first on the waiting list, takes the seat.</source>
        <translation>L&apos;inscription de %1 est annulée&#xa0;: %2, premier de la liste d&apos;attente, prend la place.</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled.</source>
        <translation>L&apos;inscription de %1 est annulée.</translation>
    </message>
    <message>
        <source>Copy e-mails</source>
        <translation>Copier les courriels</translation>
    </message>
    <message>
        <source>Nobody holding a seat has an e-mail address in the directory.</source>
        <translation>Aucun des agents ayant une place n&apos;a d&apos;adresse électronique dans l&apos;annuaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) copied: paste them among the recipients of a mail.</source>
        <translation>
            <numerusform>%n adresse copiée&#xa0;: collez-la parmi les destinataires d&apos;un message.</numerusform>
            <numerusform>%n adresses copiées&#xa0;: collez-les parmi les destinataires d&apos;un message.</numerusform>
        </translation>
    </message>
    <message>
        <source>No e-mail address in the directory for: %1.</source>
        <translation>Aucune adresse électronique dans l&apos;annuaire pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
</context>
<context>
    <name>truc2::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>How many hours of training make a day in the indicators of the social report (6 h as the CNFPT counts; from 1 to 24).</source>
        <translation>Nombre d&apos;heures de formation qui font une journée dans les indicateurs du rapport social unique (6 h comme le compte le CNFPT&#x202f;; de 1 à 24).</translation>
    </message>
    <message>
        <source>&amp;Hours in a training day:</source>
        <translation>&amp;Heures par journée de formation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Hours in a training day: %1</source>
        <translation>Heures par journée de formation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the impact report</source>
        <translation>Exporter le bilan</translation>
    </message>
</context>
<context>
    <name>truc2::ui::SchoolSettingsDialog</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Permanent agents</source>
        <translation>Agents permanents</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read: %2</source>
        <translation>%1 n&apos;est pas une image lisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>School settings</source>
        <translation>Paramètres de l&apos;école</translation>
    </message>
    <message>
        <source>Change the school settings</source>
        <translation>Modifier les paramètres de l&apos;école</translation>
    </message>
</context>
<context>
    <name>truc2::ui::SessionActions</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Change a series</source>
        <translation>Modifier une série</translation>
    </message>
    <message numerus="yes">
        <source>This session belongs to a series of %n session(s) from this one on. Change this session only, or this one and the rest of the series?</source>
        <translation>
            <numerusform>Cette session appartient à une série qui compte %n session à partir de celle-ci. Modifier uniquement cette session, ou celle-ci et le reste de la série&#x202f;?</numerusform>
            <numerusform>Cette session appartient à une série qui compte %n sessions à partir de celle-ci. Modifier uniquement cette session, ou celle-ci et le reste de la série&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Cette session uniquement</translation>
    </message>
    <message>
        <source>The rest of the series</source>
        <translation>Le reste de la série</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Change %n session(s) of the series</source>
        <translation>
            <numerusform>la modification de %n session de la série</numerusform>
            <numerusform>la modification de %n sessions de la série</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>la modification de la session %1</translation>
    </message>
    <message>
        <source>The session was not moved</source>
        <translation>La session n&apos;a pas été déplacée</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>le déplacement de la session %1 au %2</translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation>Jours de fermeture</translation>
    </message>
    <message>
        <source>Change the closed days</source>
        <translation>la modification des jours de fermeture</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exporter vers un agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) written to %1. Import this file in Outlook or Thunderbird; a later export of the same sessions updates them.</source>
        <translation>
            <numerusform>%n session écrite dans %1. Importez ce fichier dans Outlook ou Thunderbird&#x202f;; un export ultérieur de la même session la mettra à jour.</numerusform>
            <numerusform>%n sessions écrites dans %1. Importez ce fichier dans Outlook ou Thunderbird&#x202f;; un export ultérieur des mêmes sessions les mettra à jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::SessionDetailPanel</name>
    <message>
        <source>Choose a session in the programme to see its registrations and attendance.</source>
        <translation>Choisissez une session du programme pour voir ses inscriptions et ses présences.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Attendance &amp;sheet…</source>
        <translation>&amp;Feuille d&apos;émargement…</translation>
    </message>
    <message>
        <source>Print or save as PDF the sheet the participants sign</source>
        <translation>Imprimer ou enregistrer en PDF la feuille que signent les participants</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Salle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Animators: %1</source>
        <translation>Animateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Inscrits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>truc2::ui::SessionDialog</name>
    <message>
        <source>Planned</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (archivée)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Why is it cancelled? (required)</source>
        <translation>Pourquoi est-elle annulée&#x202f;? (obligatoire)</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <source>Sessions of this format take registrations up to a capacity</source>
        <translation>Les sessions de ce format prennent les inscriptions dans la limite des places</translation>
    </message>
    <message>
        <source>Anyone may come: no count of seats</source>
        <translation>Chacun peut venir&#xa0;: pas de décompte des places</translation>
    </message>
    <message numerus="yes">
        <source>%n half-day(s)</source>
        <translation>
            <numerusform>%n demi-journée</numerusform>
            <numerusform>%n demi-journées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>date, conflict</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Conflicts (you may still save):</source>
        <translation>⚠ Conflits (vous pouvez tout de même enregistrer)&#xa0;:</translation>
    </message>
    <message>
        <source>Animator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Co-animator</source>
        <translation>Co-animateur</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>name, role</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (external)</source>
        <comment>animator</comment>
        <translation>%1 (extérieur)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <comment>animator</comment>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>%1 is no longer active: remove them or reactivate them in the directory.</source>
        <translation>%1 n&apos;est plus actif&#xa0;: retirez-le ou réactivez-le dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly, on a weekday</source>
        <translation>Mensuelle, un jour de la semaine</translation>
    </message>
    <message>
        <source>Monthly, on a day of the month</source>
        <translation>Mensuelle, un jour du mois</translation>
    </message>
    <message>
        <source>every </source>
        <translation>intervalle&#xa0;: </translation>
    </message>
    <message>
        <source>first</source>
        <comment>weekday of the month</comment>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <comment>weekday of the month</comment>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <comment>weekday of the month</comment>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <comment>weekday of the month</comment>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>last</source>
        <comment>weekday of the month</comment>
        <translation>dernier</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation>&#xa0;semaine(s)</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation>&#xa0;mois</translation>
    </message>
    <message>
        <source>Every date of this series falls on a day the school is closed.</source>
        <translation>Toutes les dates de cette série tombent un jour de fermeture de l&apos;école.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will be created.</source>
        <translation>
            <numerusform>%n session sera créée.</numerusform>
            <numerusform>%n sessions seront créées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date, label</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) fall on days the school is closed and will be left out: %1.</source>
        <translation>
            <numerusform>%n date tombe un jour de fermeture de l&apos;école et sera écartée&#xa0;: %1.</numerusform>
            <numerusform>%n dates tombent des jours de fermeture de l&apos;école et seront écartées&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::SurveyImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import survey results</source>
        <translation>Importer des résultats d&apos;enquête</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Exports d&apos;enquête (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>not recognised: check the mapping below</source>
        <translation>non reconnu&#xa0;: vérifiez la correspondance ci-dessous</translation>
    </message>
    <message>
        <source>Guessed from the file</source>
        <translation>Déduite du fichier</translation>
    </message>
    <message>
        <source>Template “%1”</source>
        <translation>Modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(Counted over the first %1 rows; the import reads them all.)</source>
        <translation>(Décompte sur les %1 premières lignes&#x202f;; l&apos;import les lit toutes.)</translation>
    </message>
    <message>
        <source>Save the mapping as a template</source>
        <translation>Enregistrer la correspondance comme modèle</translation>
    </message>
    <message>
        <source>Name of the template, offered again for files with the same columns:</source>
        <translation>Nom du modèle, proposé de nouveau pour les fichiers ayant les mêmes colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Le modèle n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing the responses…</source>
        <translation>Import des réponses…</translation>
    </message>
</context>
<context>
    <name>truc2::ui::SurveysPage</name>
    <message>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>&amp;Import survey results…</source>
        <translation>&amp;Importer des résultats d&apos;enquête…</translation>
    </message>
    <message>
        <source>Add the responses exported by LimeSurvey, Google Forms, Microsoft Forms or Framaforms</source>
        <translation>Ajouter les réponses exportées par LimeSurvey, Google Forms, Microsoft Forms ou Framaforms</translation>
    </message>
    <message>
        <source>Only sessions with responses</source>
        <translation>Seulement les sessions avec des réponses</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>Show the comments of every session again</source>
        <translation>Afficher de nouveau les commentaires de toutes les sessions</translation>
    </message>
    <message>
        <source>Search the comments by words, session or format…</source>
        <translation>Rechercher dans les commentaires par mots, session ou format…</translation>
    </message>
    <message>
        <source>Responses per session</source>
        <translation>Réponses par session</translation>
    </message>
    <message>
        <source>Select an import to see which column gave what.</source>
        <translation>Sélectionnez un import pour voir ce que chaque colonne a donné.</translation>
    </message>
    <message>
        <source>Columns of the file and what they gave</source>
        <translation>Colonnes du fichier et ce qu&apos;elles ont donné</translation>
    </message>
    <message>
        <source>Responses and comments</source>
        <translation>Réponses et commentaires</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>Comments on %1</source>
        <translation>Commentaires sur %1</translation>
    </message>
    <message>
        <source>Comments on %1 without a session</source>
        <translation>Commentaires sans session du format %1</translation>
    </message>
    <message>
        <source>The survey results could not be read: %1</source>
        <translation>Les résultats d&apos;enquête n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>No survey response for the sessions held in this period.</source>
        <translation>Aucune réponse d&apos;enquête pour les sessions réalisées sur cette période.</translation>
    </message>
    <message>
        <source>Figures of the period: %1 for %2 (response rate %3); satisfaction %4; useful skills acquired %5.</source>
        <comment>responses, participants</comment>
        <translation>Chiffres de la période&#xa0;: %1 pour %2 (taux de réponse %3)&#x202f;; satisfaction %4&#x202f;; compétences utiles acquises %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::UserGuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
</context>
</TS>
