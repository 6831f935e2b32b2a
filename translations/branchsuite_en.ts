<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuthorizeView</name>
    <message>
        <source>%1 of %2 needs a supervisor&apos;s authorization. Please wait for a staff member.</source>
        <translation>%1 of %2 needs a supervisor&apos;s authorization. Please wait for a staff member.</translation>
    </message>
    <message>
        <source>Staff authorization needed</source>
        <translation>Staff authorization needed</translation>
    </message>
    <message>
        <source>%1 of %2 is above the amount this kiosk may accept alone. A supervisor must authorize it here; please wait, a staff member is on the way.</source>
        <translation>%1 of %2 is above the amount this kiosk may accept alone. A supervisor must authorize it here; please wait, a staff member is on the way.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s staff id</source>
        <translation>Supervisor&apos;s staff id</translation>
    </message>
    <message>
        <source>e.g. S0042</source>
        <translation>e.g. S0042</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Password or PIN</translation>
    </message>
    <message>
        <source>Checking with the bank…</source>
        <translation>Checking with the bank…</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Authorize</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BillLookupResult</name>
    <message>
        <source>This biller is not available at this branch.</source>
        <translation>This biller is not available at this branch.</translation>
    </message>
    <message>
        <source>No account with this number was found. Please check the number on your bill.</source>
        <translation>No account with this number was found. Please check the number on your bill.</translation>
    </message>
    <message>
        <source>There is nothing to pay on this account right now.</source>
        <translation>There is nothing to pay on this account right now.</translation>
    </message>
    <message>
        <source>This number does not have the right format for this biller.</source>
        <translation>This number does not have the right format for this biller.</translation>
    </message>
    <message>
        <source>The bill could not be looked up.</source>
        <translation>The bill could not be looked up.</translation>
    </message>
</context>
<context>
    <name>CareHome</name>
    <message>
        <source>Services you may need</source>
        <translation>Services you may need</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Housing fund</source>
        <translation>Housing fund</translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation>Medical insurance</translation>
    </message>
    <message>
        <source>Social security card</source>
        <translation>Social security card</translation>
    </message>
    <message>
        <source>Pension &amp; employment</source>
        <translation>Pension &amp; employment</translation>
    </message>
    <message>
        <source>Start-up &amp; business</source>
        <translation>Start-up &amp; business</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>Utilities</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>Courts</source>
        <translation>Courts</translation>
    </message>
    <message>
        <source>Elderly services</source>
        <translation>Elderly services</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Other services</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>Banking</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Take a ticket</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <source>Scan my code</source>
        <translation>Scan my code</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>No services are available in this category yet.</source>
        <translation>No services are available in this category yet.</translation>
    </message>
    <message>
        <source>Back to all services</source>
        <translation>Back to all services</translation>
    </message>
    <message>
        <source>%1. Please choose a service.</source>
        <translation>%1. Please choose a service.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>BranchSuite self-service kiosk</source>
        <translation>BranchSuite self-service kiosk</translation>
    </message>
    <message>
        <source>Open the service with this id.</source>
        <translation>Open the service with this id.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Start in care mode.</source>
        <translation>Start in care mode.</translation>
    </message>
    <message>
        <source>Start in this language: zh_CN or en.</source>
        <translation>Start in this language: zh_CN or en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Exit once the first frame is shown (start-up check).</source>
        <translation>Exit once the first frame is shown (start-up check).</translation>
    </message>
    <message>
        <source>Path of the kiosk database.</source>
        <translation>Path of the kiosk database.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Seconds without input before the session is cleared.</source>
        <translation>Seconds without input before the session is cleared.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Fill the whole screen.</source>
        <translation>Fill the whole screen.</translation>
    </message>
    <message>
        <source>Invalid command line: %1</source>
        <translation>Invalid command line: %1</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use zh_CN or en.</source>
        <translation>Unknown language &quot;%1&quot;. Use zh_CN or en.</translation>
    </message>
    <message>
        <source>The service id must not be empty.</source>
        <translation>The service id must not be empty.</translation>
    </message>
    <message>
        <source>The database path must not be empty.</source>
        <translation>The database path must not be empty.</translation>
    </message>
    <message>
        <source>Invalid idle timeout &quot;%1&quot;: give a whole number of seconds from 1 to 86400.</source>
        <translation>Invalid idle timeout &quot;%1&quot;: give a whole number of seconds from 1 to 86400.</translation>
    </message>
    <message>
        <source>DEVELOPMENT ONLY: keep the keys that protect personal data as files in this directory instead of the system keychain.</source>
        <translation>DEVELOPMENT ONLY: keep the keys that protect personal data as files in this directory instead of the system keychain.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>The development secrets directory must not be empty.</source>
        <translation>The development secrets directory must not be empty.</translation>
    </message>
    <message>
        <source>Address of branch-core (https), instead of the enrolled one.</source>
        <translation>Address of branch-core (https), instead of the enrolled one.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>CA certificate (PEM) that core&apos;s certificate must be signed by.</source>
        <translation>CA certificate (PEM) that core&apos;s certificate must be signed by.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Invalid core address &quot;%1&quot;: give an https:// URL, e.g. https://127.0.0.1:8443.</source>
        <translation>Invalid core address &quot;%1&quot;: give an https:// URL, e.g. https://127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; does not exist or cannot be read.</source>
        <translation>The CA file &quot;%1&quot; does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>Camera to scan with: a V4L2 device (/dev/video0, the default when present), a video file, a folder of images, or none.</source>
        <translation>Camera to scan with: a V4L2 device (/dev/video0, the default when present), a video file, a folder of images, or none.</translation>
    </message>
    <message>
        <source>device|file|folder</source>
        <translation>device|file|folder</translation>
    </message>
    <message>
        <source>There is no camera, video file or folder at &quot;%1&quot;. Give a device such as /dev/video0, a video file, a folder of images, or none.</source>
        <translation>There is no camera, video file or folder at &quot;%1&quot;. Give a device such as /dev/video0, a video file, a folder of images, or none.</translation>
    </message>
    <message>
        <source>CUPS queue of the receipt printer (default: CUPS&apos;s default destination, if any).</source>
        <translation>CUPS queue of the receipt printer (default: CUPS&apos;s default destination, if any).</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>queue</translation>
    </message>
    <message>
        <source>Print to a simulated printer in this condition, for demos: %1.</source>
        <translation>Print to a simulated printer in this condition, for demos: %1.</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>Give either --printer or --printer-simulator, not both.</source>
        <translation>Give either --printer or --printer-simulator, not both.</translation>
    </message>
    <message>
        <source>Invalid printer queue &quot;%1&quot;: a CUPS queue name has no spaces, &quot;/&quot;, &quot;#&quot;, &quot;?&quot; or quotes.</source>
        <translation>Invalid printer queue &quot;%1&quot;: a CUPS queue name has no spaces, &quot;/&quot;, &quot;#&quot;, &quot;?&quot; or quotes.</translation>
    </message>
    <message>
        <source>Unknown printer condition &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unknown printer condition &quot;%1&quot;. Use one of: %2.</translation>
    </message>
    <message>
        <source>Resident ID card reader: simulator (the default, with demo cards), simulator:FOLDER, vendor:LIBRARY[@PORT] (a vendor&apos;s reader through its shim library), or none.</source>
        <translation>Resident ID card reader: simulator (the default, with demo cards), simulator:FOLDER, vendor:LIBRARY[@PORT] (a vendor&apos;s reader through its shim library), or none.</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>reader</translation>
    </message>
    <message>
        <source>Unknown ID card reader &quot;%1&quot;. Use simulator, simulator:FOLDER, vendor:LIBRARY[@PORT] or none.</source>
        <translation>Unknown ID card reader &quot;%1&quot;. Use simulator, simulator:FOLDER, vendor:LIBRARY[@PORT] or none.</translation>
    </message>
    <message>
        <source>There is no folder of demo ID cards at &quot;%1&quot;.</source>
        <translation>There is no folder of demo ID cards at &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no ID card reader library at &quot;%1&quot;.</source>
        <translation>There is no ID card reader library at &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s voice: speechd (speech-dispatcher, the default when installed) or off (silent).</source>
        <translation>The kiosk&apos;s voice: speechd (speech-dispatcher, the default when installed) or off (silent).</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>engine</translation>
    </message>
    <message>
        <source>Unknown voice &quot;%1&quot;. Use speechd or off.</source>
        <translation>Unknown voice &quot;%1&quot;. Use speechd or off.</translation>
    </message>
    <message>
        <source>The speechd voice is not installed (Qt TextToSpeech&apos;s speech-dispatcher plugin). Install qt6-speech-speechd-plugin, or use --speech off.</source>
        <translation>The speechd voice is not installed (Qt TextToSpeech&apos;s speech-dispatcher plugin). Install qt6-speech-speechd-plugin, or use --speech off.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <source>This form has no such field.</source>
        <translation>This form has no such field.</translation>
    </message>
    <message>
        <source>This answer is not of the expected kind.</source>
        <translation>This answer is not of the expected kind.</translation>
    </message>
    <message>
        <source>The text is not in the expected format.</source>
        <translation>The text is not in the expected format.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Please enter a whole number.</translation>
    </message>
    <message>
        <source>The value is below the minimum.</source>
        <translation>The value is below the minimum.</translation>
    </message>
    <message>
        <source>The value is above the maximum.</source>
        <translation>The value is above the maximum.</translation>
    </message>
    <message>
        <source>The date is earlier than allowed.</source>
        <translation>The date is earlier than allowed.</translation>
    </message>
    <message>
        <source>The date is later than allowed.</source>
        <translation>The date is later than allowed.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Please choose one of the options.</translation>
    </message>
    <message>
        <source>Too many files have been added.</source>
        <translation>Too many files have been added.</translation>
    </message>
    <message>
        <source>The attachment could not be recognised. Please add it again.</source>
        <translation>The attachment could not be recognised. Please add it again.</translation>
    </message>
    <message>
        <source>The same file has been added twice.</source>
        <translation>The same file has been added twice.</translation>
    </message>
    <message>
        <source>Please read and agree to this statement to continue.</source>
        <translation>Please read and agree to this statement to continue.</translation>
    </message>
    <message>
        <source>This answer does not fit with another answer.</source>
        <translation>This answer does not fit with another answer.</translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <translation>Please fill in “%1”.</translation>
    </message>
    <message>
        <source>%1 needs at least %2 characters; you entered %3.</source>
        <translation>%1 needs at least %2 characters; you entered %3.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 characters; you entered %3.</source>
        <translation>%1 takes at most %2 characters; you entered %3.</translation>
    </message>
    <message>
        <source>Please type only letters, digits and punctuation: the text contains control characters.</source>
        <translation>Please type only letters, digits and punctuation: the text contains control characters.</translation>
    </message>
    <message>
        <source>Please enter it as described: %1</source>
        <translation>Please enter it as described: %1</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 must be at least %2.</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1 must be at most %2.</translation>
    </message>
    <message>
        <source>Date format: %1</source>
        <translation>Date format: %1</translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation>The date cannot be before %1.</translation>
    </message>
    <message>
        <source>The date cannot be after %1.</source>
        <translation>The date cannot be after %1.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of fen.</source>
        <translation>The amount must be a whole number of fen.</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>Photos cannot be taken at this screen yet. Please show the original to staff at the counter.</source>
        <translation>Photos cannot be taken at this screen yet. Please show the original to staff at the counter.</translation>
    </message>
    <message>
        <source>I will show the original to staff</source>
        <translation>I will show the original to staff</translation>
    </message>
    <message>
        <source>This second signature is taken on paper by staff at the counter.</source>
        <translation>This second signature is taken on paper by staff at the counter.</translation>
    </message>
    <message>
        <source>It is correct</source>
        <translation>It is correct</translation>
    </message>
    <message>
        <source>The photo you took on your phone. Please check that it shows the whole document.</source>
        <translation>The photo you took on your phone. Please check that it shows the whole document.</translation>
    </message>
    <message>
        <source>Photo of the document, from your phone</source>
        <translation>Photo of the document, from your phone</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Your code was read, and your answers from your phone are filled in. %1. %2. Please check each answer.</source>
        <translation>Your code was read, and your answers from your phone are filled in. %1. %2. Please check each answer.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Payee: %1</source>
        <translation>Payee: %1</translation>
    </message>
    <message>
        <source>Account holder: %1</source>
        <translation>Account holder: %1</translation>
    </message>
    <message>
        <source>Your answers from the phone are filled in. Please check each page before you sign.</source>
        <translation>Your answers from the phone are filled in. Please check each page before you sign.</translation>
    </message>
</context>
<context>
    <name>FraudWarning</name>
    <message>
        <source>Please stop. This may be a scam. %1 Do not send money to someone you have not met because of a call or a message. You can wait and think it over, or ask a member of staff.</source>
        <translation>Please stop. This may be a scam. %1 Do not send money to someone you have not met because of a call or a message. You can wait and think it over, or ask a member of staff.</translation>
    </message>
    <message>
        <source>Stop: this may be a scam</source>
        <translation>Stop: this may be a scam</translation>
    </message>
    <message>
        <source>What you entered matches what scammers ask for:</source>
        <translation>What you entered matches what scammers ask for:</translation>
    </message>
    <message>
        <source>Nobody from the police, a court or the bank will ever ask you to send money here. If someone is telling you what to do on the phone now, hang up.</source>
        <translation>Nobody from the police, a court or the bank will ever ask you to send money here. If someone is telling you what to do on the phone now, hang up.</translation>
    </message>
    <message>
        <source>You have waited. If you are sure, you may send the money now.</source>
        <translation>You have waited. If you are sure, you may send the money now.</translation>
    </message>
    <message numerus="yes">
        <source>Please take %n second(s) to think it over.</source>
        <translation>
            <numerusform>Please take %n second to think it over.</numerusform>
            <numerusform>Please take %n seconds to think it over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Do not send</translation>
    </message>
    <message>
        <source>Wait, then decide myself</source>
        <translation>Wait, then decide myself</translation>
    </message>
    <message>
        <source>I am sure: send it</source>
        <translation>I am sure: send it</translation>
    </message>
    <message>
        <source>A member of staff confirms</source>
        <translation>A member of staff confirms</translation>
    </message>
    <message>
        <source>Talk to a remote teller</source>
        <translation>Talk to a remote teller</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Please choose a service</source>
        <translation>Please choose a service</translation>
    </message>
    <message>
        <source>Government &amp; livelihood services</source>
        <translation>Government &amp; livelihood services</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Financial services</translation>
    </message>
    <message>
        <source>At this counter</source>
        <translation>At this counter</translation>
    </message>
    <message>
        <source>Welcome. Please choose a service, or type what you need in the search box.</source>
        <translation>Welcome. Please choose a service, or type what you need in the search box.</translation>
    </message>
</context>
<context>
    <name>IdCardPanel</name>
    <message>
        <source>Read my ID card</source>
        <translation>Read my ID card</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Switch to care mode (large text)</source>
        <translation>Switch to care mode (large text)</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>No, thanks</translation>
    </message>
    <message>
        <source>Reader simulator (demo): place a card</source>
        <translation>Reader simulator (demo): place a card</translation>
    </message>
    <message>
        <source>Your ID card shows you are 65 or over. Would you like care mode, with large text and a voice that reads each step? Tap Switch to care mode.</source>
        <translation>Your ID card shows you are 65 or over. Would you like care mode, with large text and a voice that reads each step? Tap Switch to care mode.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n second(s) and what you entered will be cleared.</source>
        <translation>
            <numerusform>For your privacy, this session ends in %n second and what you entered will be cleared.</numerusform>
            <numerusform>For your privacy, this session ends in %n seconds and what you entered will be cleared.</numerusform>
        </translation>
    </message>
    <message>
        <source>End now</source>
        <translation>End now</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Are you still there? Your session will end soon. Tap Continue to keep going.</source>
        <translation>Are you still there? Your session will end soon. Tap Continue to keep going.</translation>
    </message>
</context>
<context>
    <name>LookupView</name>
    <message>
        <source>Find my bill</source>
        <translation>Find my bill</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>BranchSuite</source>
        <translation>BranchSuite</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>Decimal point</source>
        <translation>Decimal point</translation>
    </message>
    <message>
        <source>Dash</source>
        <translation>Dash</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Hide keyboard</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PayView</name>
    <message>
        <source>Pay %1 to %2</source>
        <translation>Pay %1 to %2</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Save my request again</source>
        <translation>Save my request again</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Cancel payment</translation>
    </message>
    <message>
        <source>Card reader simulator (demo): insert a test card</source>
        <translation>Card reader simulator (demo): insert a test card</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>PinPadSimulator</name>
    <message>
        <source>PIN pad simulator (demo)</source>
        <translation>PIN pad simulator (demo)</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>PrefillScanPage</name>
    <message>
        <source>Scan my e-Tongban code</source>
        <translation>Scan my e-Tongban code</translation>
    </message>
    <message>
        <source>Filled in on your phone? Show us the code and check your form here.</source>
        <translation>Filled in on your phone? Show us the code and check your form here.</translation>
    </message>
    <message>
        <source>Camera picture: hold your phone&apos;s QR code inside the frame</source>
        <translation>Camera picture: hold your phone&apos;s QR code inside the frame</translation>
    </message>
    <message>
        <source>Or type the 9-digit code</source>
        <translation>Or type the 9-digit code</translation>
    </message>
    <message>
        <source>e.g. 123 456 789</source>
        <translation>e.g. 123 456 789</translation>
    </message>
    <message>
        <source>The 9-digit code under your QR code</source>
        <translation>The 9-digit code under your QR code</translation>
    </message>
    <message>
        <source>Open my form</source>
        <translation>Open my form</translation>
    </message>
    <message>
        <source>The 9-digit code</source>
        <translation>The 9-digit code</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
</context>
<context>
    <name>QwertyLayout</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Hide keyboard</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Capital letter</translation>
    </message>
    <message>
        <source>Switch between pinyin and English</source>
        <translation>Switch between pinyin and English</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>QR code of your receipt</source>
        <translation>QR code of your receipt</translation>
    </message>
    <message>
        <source>Your request has been saved</source>
        <translation>Your request has been saved</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Keep this number. Staff can find your request with it or by scanning the code. A PDF copy of the receipt is kept at this counter.</source>
        <translation>Keep this number. Staff can find your request with it or by scanning the code. A PDF copy of the receipt is kept at this counter.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>Your receipt</translation>
    </message>
</context>
<context>
    <name>ReceiptWriter</name>
    <message>
        <source>The receipt is missing its number or time.</source>
        <translation>The receipt is missing its number or time.</translation>
    </message>
    <message>
        <source>The receipt&apos;s verification code could not be made.</source>
        <translation>The receipt&apos;s verification code could not be made.</translation>
    </message>
    <message>
        <source>The receipt could not be saved.</source>
        <translation>The receipt could not be saved.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Service receipt</source>
        <translation>Service receipt</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>Receipt No.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Scan to verify this receipt</source>
        <translation>Scan to verify this receipt</translation>
    </message>
    <message>
        <source>Keep this receipt until the transaction is confirmed.</source>
        <translation>Keep this receipt until the transaction is confirmed.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>SalvageReportPage</name>
    <message>
        <source>Staff: damaged database recovered</source>
        <translation>Staff: damaged database recovered</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search for a service</source>
        <translation>Search for a service</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
</context>
<context>
    <name>SecurityError</name>
    <message>
        <source>No system keychain is available, so personal data cannot be protected. Start the keychain service, or use the development option on a test machine only.</source>
        <translation>No system keychain is available, so personal data cannot be protected. Start the keychain service, or use the development option on a test machine only.</translation>
    </message>
    <message>
        <source>The system keychain refused the request.</source>
        <translation>The system keychain refused the request.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>The system keychain did not answer in time.</translation>
    </message>
    <message>
        <source>The secret is not in the keychain.</source>
        <translation>The secret is not in the keychain.</translation>
    </message>
    <message>
        <source>The secret name is not valid.</source>
        <translation>The secret name is not valid.</translation>
    </message>
    <message>
        <source>The development secret file could not be read or written.</source>
        <translation>The development secret file could not be read or written.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>The encryption library could not be started.</translation>
    </message>
    <message>
        <source>The key that protects stored personal data is missing from the keychain. Stored data cannot be read until it is restored.</source>
        <translation>The key that protects stored personal data is missing from the keychain. Stored data cannot be read until it is restored.</translation>
    </message>
    <message>
        <source>The key that protects stored personal data is damaged.</source>
        <translation>The key that protects stored personal data is damaged.</translation>
    </message>
    <message>
        <source>A stored data key could not be opened with the keychain&apos;s key.</source>
        <translation>A stored data key could not be opened with the keychain&apos;s key.</translation>
    </message>
    <message>
        <source>Key rotation stopped before it finished. All data stays readable; run it again.</source>
        <translation>Key rotation stopped before it finished. All data stays readable; run it again.</translation>
    </message>
    <message>
        <source>A security operation failed.</source>
        <translation>A security operation failed.</translation>
    </message>
    <message>
        <source>The key of the audit log is not in the keychain, so the audit log cannot be checked or extended.</source>
        <translation>The key of the audit log is not in the keychain, so the audit log cannot be checked or extended.</translation>
    </message>
    <message>
        <source>The key of the audit log in the keychain is damaged.</source>
        <translation>The key of the audit log in the keychain is damaged.</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with core; run &quot;branchctl device enroll&quot;.</source>
        <translation>This kiosk is not enrolled with core; run &quot;branchctl device enroll&quot;.</translation>
    </message>
    <message>
        <source>This kiosk was enrolled before core asked for device certificates. Enrol it again: &quot;branch-core device add ID&quot; on core, then &quot;branchctl device enroll&quot; here.</source>
        <translation>This kiosk was enrolled before core asked for device certificates. Enrol it again: &quot;branch-core device add ID&quot; on core, then &quot;branchctl device enroll&quot; here.</translation>
    </message>
</context>
<context>
    <name>ServiceDetailPage</name>
    <message>
        <source>Who can use this service</source>
        <translation>Who can use this service</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>Please bring</translation>
    </message>
    <message>
        <source>(if it applies)</source>
        <translation>(if it applies)</translation>
    </message>
    <message>
        <source>Fee or amount</source>
        <translation>Fee or amount</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>This service cannot be completed at this screen yet. Please ask at the service desk.</source>
        <translation>This service cannot be completed at this screen yet. Please ask at the service desk.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>%1. Check what to bring, then press Start.</source>
        <translation>%1. Check what to bring, then press Start.</translation>
    </message>
    <message>
        <source>%1. This service cannot be completed at this screen yet. Please ask at the service desk.</source>
        <translation>%1. This service cannot be completed at this screen yet. Please ask at the service desk.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature box: sign here with your finger</source>
        <translation>Signature box: sign here with your finger</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SignatureView</name>
    <message>
        <source>By signing you confirm the answers you checked are correct.</source>
        <translation>By signing you confirm the answers you checked are correct.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff: requests refused by core</source>
        <translation>Staff: requests refused by core</translation>
    </message>
    <message>
        <source>Core has refused nothing.</source>
        <translation>Core has refused nothing.</translation>
    </message>
    <message>
        <source>Receipt %1, %2: %3</source>
        <translation>Receipt %1, %2: %3</translation>
    </message>
    <message>
        <source>Receipt %1 · %2</source>
        <translation>Receipt %1 · %2</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Attempts: %1</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Recovery report</source>
        <translation>Recovery report</translation>
    </message>
    <message>
        <source>Signed in (offline): %1</source>
        <translation>Signed in (offline): %1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Care mode for this customer</source>
        <translation>Care mode for this customer</translation>
    </message>
</context>
<context>
    <name>StaffSignInPage</name>
    <message>
        <source>Staff: enter your password again</source>
        <translation>Staff: enter your password again</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>You were away for more than 15 minutes.</source>
        <translation>You were away for more than 15 minutes.</translation>
    </message>
    <message>
        <source>Sign in with your staff id and password or PIN.</source>
        <translation>Sign in with your staff id and password or PIN.</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>Staff id</translation>
    </message>
    <message>
        <source>e.g. S0042</source>
        <translation>e.g. S0042</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Password or PIN</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The local database is not open.</source>
        <translation>The local database is not open.</translation>
    </message>
    <message>
        <source>The local database could not be opened.</source>
        <translation>The local database could not be opened.</translation>
    </message>
    <message>
        <source>The local database could not be configured for safe storage.</source>
        <translation>The local database could not be configured for safe storage.</translation>
    </message>
    <message>
        <source>The local database was damaged. It has been set aside for inspection and a new one was started.</source>
        <translation>The local database was damaged. It has been set aside for inspection and a new one was started.</translation>
    </message>
    <message>
        <source>The local database is damaged and could not be set aside.</source>
        <translation>The local database is damaged and could not be set aside.</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of this application.</source>
        <translation>The local database was written by a newer version of this application.</translation>
    </message>
    <message>
        <source>The database file belongs to another application.</source>
        <translation>The database file belongs to another application.</translation>
    </message>
    <message>
        <source>A database upgrade that was already applied has since been changed.</source>
        <translation>A database upgrade that was already applied has since been changed.</translation>
    </message>
    <message>
        <source>The local database could not be upgraded.</source>
        <translation>The local database could not be upgraded.</translation>
    </message>
    <message>
        <source>The database upgrade files are incomplete or misnamed.</source>
        <translation>The database upgrade files are incomplete or misnamed.</translation>
    </message>
    <message>
        <source>The local database is busy. Please try again.</source>
        <translation>The local database is busy. Please try again.</translation>
    </message>
    <message>
        <source>The submission is incomplete or malformed and was not stored.</source>
        <translation>The submission is incomplete or malformed and was not stored.</translation>
    </message>
    <message>
        <source>No more receipt numbers are available today. Please ask staff for help.</source>
        <translation>No more receipt numbers are available today. Please ask staff for help.</translation>
    </message>
    <message>
        <source>The submission data could not be protected or read back.</source>
        <translation>The submission data could not be protected or read back.</translation>
    </message>
    <message>
        <source>A local database operation failed.</source>
        <translation>A local database operation failed.</translation>
    </message>
    <message>
        <source>The local database does not exist. Nothing was created.</source>
        <translation>The local database does not exist. Nothing was created.</translation>
    </message>
    <message>
        <source>The local database is damaged. It was left exactly as found; start the kiosk to set it aside and save what can be read.</source>
        <translation>The local database is damaged. It was left exactly as found; start the kiosk to set it aside and save what can be read.</translation>
    </message>
    <message>
        <source>The file is not a database. It was left exactly as found.</source>
        <translation>The file is not a database. It was left exactly as found.</translation>
    </message>
    <message>
        <source>The local database was written by an older version of this application. Start the kiosk to upgrade it.</source>
        <translation>The local database was written by an older version of this application. Start the kiosk to upgrade it.</translation>
    </message>
    <message>
        <source>No receipt number can be issued: this kiosk&apos;s record of receipt numbers is missing. Please ask staff for help.</source>
        <translation>No receipt number can be issued: this kiosk&apos;s record of receipt numbers is missing. Please ask staff for help.</translation>
    </message>
    <message>
        <source>The record of receipt numbers beside the local database cannot be read.</source>
        <translation>The record of receipt numbers beside the local database cannot be read.</translation>
    </message>
    <message>
        <source>The payment is already settled; it was not changed.</source>
        <translation>The payment is already settled; it was not changed.</translation>
    </message>
    <message>
        <source>The kiosk has no record of this payment.</source>
        <translation>The kiosk has no record of this payment.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Smart Service Counter</source>
        <translation>Smart Service Counter</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Care mode</source>
        <translation>Care mode</translation>
    </message>
    <message>
        <source>Read it again</source>
        <translation>Read it again</translation>
    </message>
    <message>
        <source>Read this page aloud again</source>
        <translation>Read this page aloud again</translation>
    </message>
</context>
<context>
    <name>branch::AuditAnchor</name>
    <message>
        <source>The audit anchor&apos;s signature is not valid: it was not issued by core.</source>
        <translation>The audit anchor&apos;s signature is not valid: it was not issued by core.</translation>
    </message>
    <message>
        <source>The audit anchor was signed by a key other than the core key this kiosk trusts.</source>
        <translation>The audit anchor was signed by a key other than the core key this kiosk trusts.</translation>
    </message>
    <message>
        <source>The audit anchor belongs to another device.</source>
        <translation>The audit anchor belongs to another device.</translation>
    </message>
    <message>
        <source>The audit log is broken: it ends before rows that core has anchored (rows were cut off or deleted).</source>
        <translation>The audit log is broken: it ends before rows that core has anchored (rows were cut off or deleted).</translation>
    </message>
    <message>
        <source>The audit log is broken: a row that core has anchored now has another hash (the log was rewritten).</source>
        <translation>The audit log is broken: a row that core has anchored now has another hash (the log was rewritten).</translation>
    </message>
    <message>
        <source>The audit anchor could not be checked.</source>
        <translation>The audit anchor could not be checked.</translation>
    </message>
</context>
<context>
    <name>branch::AuditCheck</name>
    <message>
        <source>The core address or CA file cannot be used.</source>
        <translation>The core address or CA file cannot be used.</translation>
    </message>
    <message>
        <source>This kiosk holds an audit anchor that core does not know.</source>
        <translation>This kiosk holds an audit anchor that core does not know.</translation>
    </message>
    <message>
        <source>Core could not be asked for the audit anchor (%1). Use --offline to check against the anchor this kiosk holds only.</source>
        <translation>Core could not be asked for the audit anchor (%1). Use --offline to check against the anchor this kiosk holds only.</translation>
    </message>
    <message>
        <source>Core refused an audit anchor from this kiosk (%1): the audit log was altered.</source>
        <translation>Core refused an audit anchor from this kiosk (%1): the audit log was altered.</translation>
    </message>
    <message>
        <source>The audit log has no key yet, so a recomputed log cannot be told apart. It is keyed when the kiosk or branchctl next writes to it.</source>
        <translation>The audit log has no key yet, so a recomputed log cannot be told apart. It is keyed when the kiosk or branchctl next writes to it.</translation>
    </message>
</context>
<context>
    <name>branch::AuditCommand</name>
    <message>
        <source>Check that the audit log has not been altered</source>
        <translation>Check that the audit log has not been altered</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help audit&quot;.</source>
        <translation>Unknown or incomplete option %1. Run &quot;branchctl help audit&quot;.</translation>
    </message>
    <message>
        <source>The only action is &quot;verify&quot;.</source>
        <translation>The only action is &quot;verify&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) checked.</source>
        <translation>
            <numerusform>Audit log intact: %n row checked.</numerusform>
            <numerusform>Audit log intact: %n rows checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log broken at row %1: %2 (%3)</source>
        <translation>Audit log broken at row %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Usage: branchctl audit verify [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;] [--offline] [--json]

  --database  the kiosk database (default: %1)
  --dev-insecure-secrets  DEVELOPMENT ONLY: read the audit log&apos;s key from this directory
  --offline   check against the anchor this kiosk holds, without asking core
  --json      print one line: {&quot;status&quot;:...,&quot;rows&quot;:...,&quot;broken_row&quot;:...,&quot;reason&quot;:...,
              &quot;anchored&quot;:...,&quot;checked_against&quot;:&quot;core|held|none&quot;}

Checks the keyed hash chain, then that the log still holds the head core anchored.
Exit codes: 0 intact, 1 broken, 2 usage error, 3 database, keychain or core failure,
4 intact but not keyed yet.</source>
        <translation>Usage: branchctl audit verify [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;] [--offline] [--json]

  --database  the kiosk database (default: %1)
  --dev-insecure-secrets  DEVELOPMENT ONLY: read the audit log&apos;s key from this directory
  --offline   check against the anchor this kiosk holds, without asking core
  --json      print one line: {&quot;status&quot;:...,&quot;rows&quot;:...,&quot;broken_row&quot;:...,&quot;reason&quot;:...,
              &quot;anchored&quot;:...,&quot;checked_against&quot;:&quot;core|held|none&quot;}

Checks the keyed hash chain, then that the log still holds the head core anchored.
Exit codes: 0 intact, 1 broken, 2 usage error, 3 database, keychain or core failure,
4 intact but not keyed yet.</translation>
    </message>
    <message>
        <source>It still holds the head anchored at row %1 (checked against %2).</source>
        <translation>It still holds the head anchored at row %1 (checked against %2).</translation>
    </message>
    <message>
        <source>core</source>
        <translation>core</translation>
    </message>
    <message>
        <source>the anchor this kiosk holds</source>
        <translation>the anchor this kiosk holds</translation>
    </message>
</context>
<context>
    <name>branch::AuditLog</name>
    <message>
        <source>The audit entry is incomplete and was not recorded.</source>
        <translation>The audit entry is incomplete and was not recorded.</translation>
    </message>
    <message>
        <source>The audit entry names a detail the audit log does not keep, and was not recorded.</source>
        <translation>The audit entry names a detail the audit log does not keep, and was not recorded.</translation>
    </message>
    <message>
        <source>A detail of the audit entry does not have the form of its kind, and the entry was not recorded.</source>
        <translation>A detail of the audit entry does not have the form of its kind, and the entry was not recorded.</translation>
    </message>
    <message>
        <source>The audit entry was given a transaction that is not open.</source>
        <translation>The audit entry was given a transaction that is not open.</translation>
    </message>
    <message>
        <source>The audit log is broken: a row does not follow the one before it (removed or reordered rows).</source>
        <translation>The audit log is broken: a row does not follow the one before it (removed or reordered rows).</translation>
    </message>
    <message>
        <source>The audit log is broken: a row was changed after it was written.</source>
        <translation>The audit log is broken: a row was changed after it was written.</translation>
    </message>
    <message>
        <source>The audit log is broken: rows are missing.</source>
        <translation>The audit log is broken: rows are missing.</translation>
    </message>
    <message>
        <source>The audit log is broken: its most recent rows are missing.</source>
        <translation>The audit log is broken: its most recent rows are missing.</translation>
    </message>
    <message>
        <source>The audit log is broken: a row was written or recomputed without the audit log&apos;s key.</source>
        <translation>The audit log is broken: a row was written or recomputed without the audit log&apos;s key.</translation>
    </message>
</context>
<context>
    <name>branch::CameraMessages</name>
    <message>
        <source>The camera %1 cannot be opened.</source>
        <translation>The camera %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The camera %1 stopped delivering pictures.</source>
        <translation>The camera %1 stopped delivering pictures.</translation>
    </message>
    <message>
        <source>The video file %1 cannot be played.</source>
        <translation>The video file %1 cannot be played.</translation>
    </message>
    <message>
        <source>The folder %1 holds no images to play.</source>
        <translation>The folder %1 holds no images to play.</translation>
    </message>
    <message>
        <source>There is no camera, video file or folder at %1.</source>
        <translation>There is no camera, video file or folder at %1.</translation>
    </message>
    <message>
        <source>The video or folder %1 has been played to its end.</source>
        <translation>The video or folder %1 has been played to its end.</translation>
    </message>
    <message>
        <source>The camera failed (%1).</source>
        <translation>The camera failed (%1).</translation>
    </message>
    <message>
        <source>The camera support of this kiosk is not installed (%1 is missing).</source>
        <translation>The camera support of this kiosk is not installed (%1 is missing).</translation>
    </message>
</context>
<context>
    <name>branch::CatalogCommand</name>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help catalog&quot;.</source>
        <translation>Unknown or incomplete option %1. Run &quot;branchctl help catalog&quot;.</translation>
    </message>
    <message>
        <source>&quot;catalog list&quot; takes no arguments.</source>
        <translation>&quot;catalog list&quot; takes no arguments.</translation>
    </message>
    <message>
        <source>Missing the catalog directory.</source>
        <translation>Missing the catalog directory.</translation>
    </message>
    <message>
        <source>Give exactly one catalog directory.</source>
        <translation>Give exactly one catalog directory.</translation>
    </message>
    <message>
        <source>The catalog directory does not exist.</source>
        <translation>The catalog directory does not exist.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) loaded</source>
        <translation>
            <numerusform>%n service loaded</numerusform>
            <numerusform>%n services loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n file refused</numerusform>
            <numerusform>%n files refused</numerusform>
        </translation>
    </message>
    <message>
        <source>List, search or check the catalog of services</source>
        <translation>List, search or check the catalog of services</translation>
    </message>
    <message>
        <source>Usage: branchctl catalog list [--json]
       branchctl catalog search &lt;text&gt; [--limit N] [--json]
       branchctl catalog check &lt;directory&gt;

  list    print every built-in service: id, kind, category and name
          --json  one line: {&quot;services&quot;:[{&quot;id&quot;:...,&quot;kind&quot;:...,&quot;category&quot;:...,&quot;name&quot;:{...}}]}
  search  find services as the kiosk&apos;s search box does, best first
          --limit  at most N results, 1 to 20 (default 5)
          --json   one line: {&quot;results&quot;:[{&quot;id&quot;:...,&quot;score&quot;:...}]}
  check   load &lt;directory&gt; (categories.json and services/) as the kiosk does,
          and print each problem as &quot;file: path: reason&quot;

Exit codes: 0 done (check: every file loads), 1 a file is refused or the text
cannot be searched, 2 usage error.</source>
        <translation>Usage: branchctl catalog list [--json]
       branchctl catalog search &lt;text&gt; [--limit N] [--json]
       branchctl catalog check &lt;directory&gt;

  list    print every built-in service: id, kind, category and name
          --json  one line: {&quot;services&quot;:[{&quot;id&quot;:...,&quot;kind&quot;:...,&quot;category&quot;:...,&quot;name&quot;:{...}}]}
  search  find services as the kiosk&apos;s search box does, best first
          --limit  at most N results, 1 to 20 (default 5)
          --json   one line: {&quot;results&quot;:[{&quot;id&quot;:...,&quot;score&quot;:...}]}
  check   load &lt;directory&gt; (categories.json and services/) as the kiosk does,
          and print each problem as &quot;file: path: reason&quot;

Exit codes: 0 done (check: every file loads), 1 a file is refused or the text
cannot be searched, 2 usage error.</translation>
    </message>
    <message>
        <source>Missing the sub-command: list, search or check.</source>
        <translation>Missing the sub-command: list, search or check.</translation>
    </message>
    <message>
        <source>Unknown sub-command. Use list, search or check.</source>
        <translation>Unknown sub-command. Use list, search or check.</translation>
    </message>
    <message>
        <source>Missing the text to search for.</source>
        <translation>Missing the text to search for.</translation>
    </message>
    <message>
        <source>Give the search text as one argument, in quotes.</source>
        <translation>Give the search text as one argument, in quotes.</translation>
    </message>
    <message>
        <source>The limit must be a whole number from 1 to 20.</source>
        <translation>The limit must be a whole number from 1 to 20.</translation>
    </message>
</context>
<context>
    <name>branch::CheckedAnswers</name>
    <message>
        <source>Missing the service id.</source>
        <translation>Missing the service id.</translation>
    </message>
    <message>
        <source>Give exactly one service id.</source>
        <translation>Give exactly one service id.</translation>
    </message>
    <message>
        <source>Missing --data &lt;file.json&gt;.</source>
        <translation>Missing --data &lt;file.json&gt;.</translation>
    </message>
</context>
<context>
    <name>branch::CoreCli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;branch-core help&quot;.</source>
        <translation>Unknown command &quot;%1&quot;. Run &quot;branch-core help&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;device add ID&quot; or &quot;device revoke ID&quot;.</source>
        <translation>Use &quot;device add ID&quot; or &quot;device revoke ID&quot;.</translation>
    </message>
    <message>
        <source>A device ID is 2 to 12 upper-case letters or digits.</source>
        <translation>A device ID is 2 to 12 upper-case letters or digits.</translation>
    </message>
    <message>
        <source>No device %1 is known to core.</source>
        <translation>No device %1 is known to core.</translation>
    </message>
    <message>
        <source>Enrolment code for %1: %2</source>
        <translation>Enrolment code for %1: %2</translation>
    </message>
    <message>
        <source>It works once, until %1.</source>
        <translation>It works once, until %1.</translation>
    </message>
    <message>
        <source>Use &quot;export --json&quot;.</source>
        <translation>Use &quot;export --json&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n key(s) older than %1 days.</source>
        <translation>
            <numerusform>Purged %n key older than %1 days.</numerusform>
            <numerusform>Purged %n keys older than %1 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The core store failed: %1</source>
        <translation>The core store failed: %1</translation>
    </message>
    <message>
        <source>serve takes no positional arguments.</source>
        <translation>serve takes no positional arguments.</translation>
    </message>
    <message>
        <source>serve needs --cert and --key: core speaks HTTPS only.</source>
        <translation>serve needs --cert and --key: core speaks HTTPS only.</translation>
    </message>
    <message>
        <source>--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8443.</source>
        <translation>--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>Cannot load reference data: %1</source>
        <translation>Cannot load reference data: %1</translation>
    </message>
    <message>
        <source>branch-core (%1) listening on https://%2:%3</source>
        <translation>branch-core (%1) listening on https://%2:%3</translation>
    </message>
    <message>
        <source>--clock-offset-seconds takes a whole number of seconds, at most a year either way.</source>
        <translation>--clock-offset-seconds takes a whole number of seconds, at most a year either way.</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 1 to 100000.</source>
        <translation>%1 takes a whole number from 1 to 100000.</translation>
    </message>
    <message>
        <source>Use &quot;audit verify --device ID&quot;.</source>
        <translation>Use &quot;audit verify --device ID&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Audit anchors of %1 consistent: %n anchor(s), up to row %2.</source>
        <translation>
            <numerusform>Audit anchors of %1 consistent: %n anchor, up to row %2.</numerusform>
            <numerusform>Audit anchors of %1 consistent: %n anchors, up to row %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit anchors of %1 inconsistent at row %2 (%3).</source>
        <translation>Audit anchors of %1 inconsistent at row %2 (%3).</translation>
    </message>
    <message>
        <source>Audit log of %1 flagged at %2: %3 at row %4 (%5).</source>
        <translation>Audit log of %1 flagged at %2: %3 at row %4 (%5).</translation>
    </message>
    <message>
        <source>Device %1 is revoked, with its certificates; its requests are now refused (401).</source>
        <translation>Device %1 is revoked, with its certificates; its requests are now refused (401).</translation>
    </message>
    <message>
        <source>serve needs --device-ca and --device-ca-key: every device presents a certificate from that CA.</source>
        <translation>serve needs --device-ca and --device-ca-key: every device presents a certificate from that CA.</translation>
    </message>
    <message>
        <source>--device-cert-days takes a whole number from 1 to %1.</source>
        <translation>--device-cert-days takes a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>Cannot create the prefill key %1: %2</source>
        <translation>Cannot create the prefill key %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the prefill key %1: %2</source>
        <translation>Cannot read the prefill key %1: %2</translation>
    </message>
    <message>
        <source>The prefill key %1 must hold exactly %2 bytes.</source>
        <translation>The prefill key %1 must hold exactly %2 bytes.</translation>
    </message>
    <message>
        <source>Usage:
  branch-core serve --cert FILE --key FILE --device-ca FILE --device-ca-key FILE
                    [--listen 127.0.0.1:8443] [--trusted-proxy FILE] [--device-cert-days N]
                    [--database FILE | --postgres CONNINFO] [--reference-dir DIR]
                    [--retention-days N] [--clock-offset-seconds N]
                    [--max-connections N] [--max-connections-per-address N]
                    (--clock-offset-seconds: a clock drill, core&apos;s time moved by N s;
                     --trusted-proxy: the client certificate of nginx in front, whose
                     X-Client-Certificate header core believes)
  branch-core device add ID [--json]     issue a one-time enrolment code (24 h)
  branch-core device revoke ID
  branch-core export --json              one line per applied transaction
  branch-core purge [--retention-days N] drop keys older than N days (at least 7)
  branch-core audit verify --device ID [--json]  check the device&apos;s audit anchors and flags
  branch-core staff add ID --name NAME --role ROLE --branch BRANCH
                                          a staff account (role: teller, supervisor,
                                          branch_admin, remote_teller)
  branch-core staff reset-secret ID       a new secret; unlocks the account
                                          (the secret is typed twice at a terminal,
                                          else read from the first line of stdin)
Every command takes --database FILE or --postgres CONNINFO.
</source>
        <translation>Usage:
  branch-core serve --cert FILE --key FILE --device-ca FILE --device-ca-key FILE
                    [--listen 127.0.0.1:8443] [--trusted-proxy FILE] [--device-cert-days N]
                    [--database FILE | --postgres CONNINFO] [--reference-dir DIR]
                    [--retention-days N] [--clock-offset-seconds N]
                    [--max-connections N] [--max-connections-per-address N]
                    (--clock-offset-seconds: a clock drill, core&apos;s time moved by N s;
                     --trusted-proxy: the client certificate of nginx in front, whose
                     X-Client-Certificate header core believes)
  branch-core device add ID [--json]     issue a one-time enrolment code (24 h)
  branch-core device revoke ID
  branch-core export --json              one line per applied transaction
  branch-core purge [--retention-days N] drop keys older than N days (at least 7)
  branch-core audit verify --device ID [--json]  check the device&apos;s audit anchors and flags
  branch-core staff add ID --name NAME --role ROLE --branch BRANCH
                                          a staff account (role: teller, supervisor,
                                          branch_admin, remote_teller)
  branch-core staff reset-secret ID       a new secret; unlocks the account
                                          (the secret is typed twice at a terminal,
                                          else read from the first line of stdin)
Every command takes --database FILE or --postgres CONNINFO.
</translation>
    </message>
</context>
<context>
    <name>branch::CoreOptions</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>Give either --database or --postgres, not both.</source>
        <translation>Give either --database or --postgres, not both.</translation>
    </message>
    <message>
        <source>--retention-days must be a whole number of at least %1.</source>
        <translation>--retention-days must be a whole number of at least %1.</translation>
    </message>
</context>
<context>
    <name>branch::CoreRules</name>
    <message>
        <source>Applied by core.</source>
        <translation>Applied by core.</translation>
    </message>
    <message>
        <source>Core does not offer this service.</source>
        <translation>Core does not offer this service.</translation>
    </message>
    <message>
        <source>The ordering key must be a text of 1 to 64 characters.</source>
        <translation>The ordering key must be a text of 1 to 64 characters.</translation>
    </message>
    <message>
        <source>The service ID must be a text of 1 to 64 characters.</source>
        <translation>The service ID must be a text of 1 to 64 characters.</translation>
    </message>
    <message>
        <source>The receipt number must be a text of 1 to 64 characters.</source>
        <translation>The receipt number must be a text of 1 to 64 characters.</translation>
    </message>
    <message>
        <source>The creation time must be an ISO-8601 UTC time.</source>
        <translation>The creation time must be an ISO-8601 UTC time.</translation>
    </message>
    <message>
        <source>The payload must be a JSON object.</source>
        <translation>The payload must be a JSON object.</translation>
    </message>
    <message>
        <source>Core rejected the transaction.</source>
        <translation>Core rejected the transaction.</translation>
    </message>
    <message>
        <source>The amount must be null or a whole number of fen, from 0 to 1,000,000,000,000, in CNY.</source>
        <translation>The amount must be null or a whole number of fen, from 0 to 1,000,000,000,000, in CNY.</translation>
    </message>
    <message>
        <source>The sequence must be a whole number from 0 to 9,007,199,254,740,991.</source>
        <translation>The sequence must be a whole number from 0 to 9,007,199,254,740,991.</translation>
    </message>
    <message>
        <source>A text in the transaction contains a control character.</source>
        <translation>A text in the transaction contains a control character.</translation>
    </message>
    <message>
        <source>The receipt number does not belong to this device.</source>
        <translation>The receipt number does not belong to this device.</translation>
    </message>
    <message>
        <source>The creation time is more than a day ahead of core&apos;s clock or more than a year behind it.</source>
        <translation>The creation time is more than a day ahead of core&apos;s clock or more than a year behind it.</translation>
    </message>
    <message>
        <source>This service needs a supervisor&apos;s authorization for this amount, and the transaction has none.</source>
        <translation>This service needs a supervisor&apos;s authorization for this amount, and the transaction has none.</translation>
    </message>
    <message>
        <source>The authorization was not signed by core.</source>
        <translation>The authorization was not signed by core.</translation>
    </message>
    <message>
        <source>The authorization was given for another kiosk, service or amount.</source>
        <translation>The authorization was given for another kiosk, service or amount.</translation>
    </message>
    <message>
        <source>The authorization breaks dual control: the supervisor entered the transaction.</source>
        <translation>The authorization breaks dual control: the supervisor entered the transaction.</translation>
    </message>
    <message>
        <source>The authorization had expired when the transaction was made.</source>
        <translation>The authorization had expired when the transaction was made.</translation>
    </message>
    <message>
        <source>The authorization already covered another transaction.</source>
        <translation>The authorization already covered another transaction.</translation>
    </message>
    <message>
        <source>The authorization in the transaction is malformed.</source>
        <translation>The authorization in the transaction is malformed.</translation>
    </message>
</context>
<context>
    <name>branch::CoreServer</name>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>No PEM certificate could be read from %1.</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>Cannot read the private key %1: %2</translation>
    </message>
    <message>
        <source>The private key %1 is not an unencrypted PEM EC or RSA key.</source>
        <translation>The private key %1 is not an unencrypted PEM EC or RSA key.</translation>
    </message>
    <message>
        <source>TLS is not set up; core serves HTTPS only.</source>
        <translation>TLS is not set up; core serves HTTPS only.</translation>
    </message>
    <message>
        <source>No such endpoint.</source>
        <translation>No such endpoint.</translation>
    </message>
    <message>
        <source>The core store is unavailable; try again later.</source>
        <translation>The core store is unavailable; try again later.</translation>
    </message>
    <message>
        <source>This device has been revoked.</source>
        <translation>This device has been revoked.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>The request body is too large.</translation>
    </message>
    <message>
        <source>The enrolment request is malformed.</source>
        <translation>The enrolment request is malformed.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, expired or already used.</source>
        <translation>The enrolment code is wrong, expired or already used.</translation>
    </message>
    <message>
        <source>The batch is too large: at most %1 transactions and %2 bytes.</source>
        <translation>The batch is too large: at most %1 transactions and %2 bytes.</translation>
    </message>
    <message>
        <source>The batch request is malformed (%1).</source>
        <translation>The batch request is malformed (%1).</translation>
    </message>
    <message>
        <source>A transaction key is 32 lower-case hex digits.</source>
        <translation>A transaction key is 32 lower-case hex digits.</translation>
    </message>
    <message>
        <source>No such reference data.</source>
        <translation>No such reference data.</translation>
    </message>
    <message>
        <source>This key was already used for a different transaction; nothing was applied.</source>
        <translation>This key was already used for a different transaction; nothing was applied.</translation>
    </message>
    <message>
        <source>Core already holds this receipt number for another transaction; nothing was applied.</source>
        <translation>Core already holds this receipt number for another transaction; nothing was applied.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <source>This endpoint takes %1 only.</source>
        <translation>This endpoint takes %1 only.</translation>
    </message>
    <message>
        <source>The request body must be application/json.</source>
        <translation>The request body must be application/json.</translation>
    </message>
    <message>
        <source>The request did not arrive in time.</source>
        <translation>The request did not arrive in time.</translation>
    </message>
    <message>
        <source>The request needs a Content-Length.</source>
        <translation>The request needs a Content-Length.</translation>
    </message>
    <message>
        <source>The request headers are too large or too many.</source>
        <translation>The request headers are too large or too many.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>The request is not valid HTTP/1.1.</translation>
    </message>
    <message>
        <source>Too many enrolment tries; wait a minute and try again.</source>
        <translation>Too many enrolment tries; wait a minute and try again.</translation>
    </message>
    <message>
        <source>No PEM certificate in the trusted proxy file.</source>
        <translation>No PEM certificate in the trusted proxy file.</translation>
    </message>
    <message>
        <source>Set up TLS before the device CA.</source>
        <translation>Set up TLS before the device CA.</translation>
    </message>
    <message>
        <source>Cannot read the device CA %1 and its key %2: %3</source>
        <translation>Cannot read the device CA %1 and its key %2: %3</translation>
    </message>
    <message>
        <source>The device CA %1 with the key %2 cannot be used (%3).</source>
        <translation>The device CA %1 with the key %2 cannot be used (%3).</translation>
    </message>
    <message>
        <source>Cannot read the trusted proxy certificate %1: %2</source>
        <translation>Cannot read the trusted proxy certificate %1: %2</translation>
    </message>
    <message>
        <source>A valid device credential and device certificate are required.</source>
        <translation>A valid device credential and device certificate are required.</translation>
    </message>
    <message>
        <source>The certificate request is not acceptable (%1).</source>
        <translation>The certificate request is not acceptable (%1).</translation>
    </message>
    <message>
        <source>No device CA is set up; core needs one to issue and check device certificates.</source>
        <translation>No device CA is set up; core needs one to issue and check device certificates.</translation>
    </message>
    <message>
        <source>Core holds no audit anchor for this device yet.</source>
        <translation>Core holds no audit anchor for this device yet.</translation>
    </message>
    <message>
        <source>The audit anchor request is malformed (%1).</source>
        <translation>The audit anchor request is malformed (%1).</translation>
    </message>
    <message>
        <source>The audit log is behind the head core anchored: rows were removed. Core has flagged this device.</source>
        <translation>The audit log is behind the head core anchored: rows were removed. Core has flagged this device.</translation>
    </message>
    <message>
        <source>A row core anchored now has another hash: the audit log was rewritten. Core has flagged this device.</source>
        <translation>A row core anchored now has another hash: the audit log was rewritten. Core has flagged this device.</translation>
    </message>
    <message>
        <source>The audit log does not extend the head core anchored: it was rewritten. Core has flagged this device.</source>
        <translation>The audit log does not extend the head core anchored: it was rewritten. Core has flagged this device.</translation>
    </message>
    <message>
        <source>An empty audit log has nothing to anchor.</source>
        <translation>An empty audit log has nothing to anchor.</translation>
    </message>
    <message>
        <source>Another anchor was taken first; ask for the newest anchor and try again.</source>
        <translation>Another anchor was taken first; ask for the newest anchor and try again.</translation>
    </message>
    <message>
        <source>The payment request is malformed (%1).</source>
        <translation>The payment request is malformed (%1).</translation>
    </message>
    <message>
        <source>This payment key was already used for another payment; nothing was charged for this request.</source>
        <translation>This payment key was already used for another payment; nothing was charged for this request.</translation>
    </message>
    <message>
        <source>A payment key is 32 lower-case hex digits.</source>
        <translation>A payment key is 32 lower-case hex digits.</translation>
    </message>
    <message>
        <source>Core has no payment under this key: nothing was charged.</source>
        <translation>Core has no payment under this key: nothing was charged.</translation>
    </message>
    <message>
        <source>The prefill key must be %1 bytes.</source>
        <translation>The prefill key must be %1 bytes.</translation>
    </message>
    <message>
        <source>Too many requests; wait a minute and try again.</source>
        <translation>Too many requests; wait a minute and try again.</translation>
    </message>
    <message>
        <source>A prefill is {&quot;service&quot;, &quot;language&quot;, &quot;values&quot;}.</source>
        <translation>A prefill is {&quot;service&quot;, &quot;language&quot;, &quot;values&quot;}.</translation>
    </message>
    <message>
        <source>No such service.</source>
        <translation>No such service.</translation>
    </message>
    <message>
        <source>This service cannot be prefilled.</source>
        <translation>This service cannot be prefilled.</translation>
    </message>
    <message>
        <source>No such prefill.</source>
        <translation>No such prefill.</translation>
    </message>
    <message>
        <source>This prefill is already at a counter, used or expired; photos can no longer be added.</source>
        <translation>This prefill is already at a counter, used or expired; photos can no longer be added.</translation>
    </message>
    <message>
        <source>At most %1 photos can be attached.</source>
        <translation>At most %1 photos can be attached.</translation>
    </message>
    <message>
        <source>A photo may have at most %1 MB and %2 pixels a side.</source>
        <translation>A photo may have at most %1 MB and %2 pixels a side.</translation>
    </message>
    <message>
        <source>This is not a JPEG or PNG photo.</source>
        <translation>This is not a JPEG or PNG photo.</translation>
    </message>
    <message>
        <source>This form asks for no such document.</source>
        <translation>This form asks for no such document.</translation>
    </message>
    <message>
        <source>A claim names either a token or a short code.</source>
        <translation>A claim names either a token or a short code.</translation>
    </message>
    <message>
        <source>No prefill has this code.</source>
        <translation>No prefill has this code.</translation>
    </message>
    <message>
        <source>Too many wrong codes; wait ten minutes.</source>
        <translation>Too many wrong codes; wait ten minutes.</translation>
    </message>
    <message>
        <source>A photo is sent as image/jpeg or image/png.</source>
        <translation>A photo is sent as image/jpeg or image/png.</translation>
    </message>
    <message>
        <source>No such service, or it cannot be filled in on a phone.</source>
        <translation>No such service, or it cannot be filled in on a phone.</translation>
    </message>
    <message>
        <source>The check request is malformed (%1).</source>
        <translation>The check request is malformed (%1).</translation>
    </message>
    <message>
        <source>This card payment already paid another request; nothing was applied.</source>
        <translation>This card payment already paid another request; nothing was applied.</translation>
    </message>
    <message>
        <source>Core holds no authorised card payment of this amount for this request; nothing was applied.</source>
        <translation>Core holds no authorised card payment of this amount for this request; nothing was applied.</translation>
    </message>
    <message>
        <source>A staff sign-in is {&quot;staff_id&quot;, &quot;secret&quot;}.</source>
        <translation>A staff sign-in is {&quot;staff_id&quot;, &quot;secret&quot;}.</translation>
    </message>
    <message>
        <source>The staff id or the secret is wrong.</source>
        <translation>The staff id or the secret is wrong.</translation>
    </message>
    <message>
        <source>This staff account is locked after too many wrong secrets; an administrator must reset it.</source>
        <translation>This staff account is locked after too many wrong secrets; an administrator must reset it.</translation>
    </message>
    <message>
        <source>The authorization request is malformed (%1).</source>
        <translation>The authorization request is malformed (%1).</translation>
    </message>
    <message>
        <source>Only a supervisor or a branch administrator can authorize.</source>
        <translation>Only a supervisor or a branch administrator can authorize.</translation>
    </message>
    <message>
        <source>Dual control: the staff member who entered the transaction cannot authorize it.</source>
        <translation>Dual control: the staff member who entered the transaction cannot authorize it.</translation>
    </message>
    <message>
        <source>This service and amount need no authorization.</source>
        <translation>This service and amount need no authorization.</translation>
    </message>
    <message>
        <source>A face check is {&quot;live&quot;, &quot;card_photo&quot;}, both images in base64.</source>
        <translation>A face check is {&quot;live&quot;, &quot;card_photo&quot;}, both images in base64.</translation>
    </message>
</context>
<context>
    <name>branch::DeviceCommand</name>
    <message>
        <source>Enrol this kiosk with core</source>
        <translation>Enrol this kiosk with core</translation>
    </message>
    <message>
        <source>Use &quot;device enroll&quot;.</source>
        <translation>Use &quot;device enroll&quot;.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help device&quot;.</source>
        <translation>Unknown or incomplete option %1. Run &quot;branchctl help device&quot;.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Missing %1.</translation>
    </message>
    <message>
        <source>A device id is 2 to 12 upper-case letters and digits.</source>
        <translation>A device id is 2 to 12 upper-case letters and digits.</translation>
    </message>
    <message>
        <source>The core address or CA file cannot be used.</source>
        <translation>The core address or CA file cannot be used.</translation>
    </message>
    <message>
        <source>Core did not enrol this kiosk.</source>
        <translation>Core did not enrol this kiosk.</translation>
    </message>
    <message>
        <source>Enrolled %1 with %2.</source>
        <translation>Enrolled %1 with %2.</translation>
    </message>
    <message>
        <source>Usage: branchctl device enroll --core &lt;url&gt; --ca &lt;file&gt; --device &lt;id&gt; --code &lt;code&gt;
                               [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;]

  --core    core&apos;s https URL, e.g. https://127.0.0.1:8443
  --ca      the CA certificate (PEM) that signed core&apos;s certificate; the only one trusted
  --device  this kiosk&apos;s id: 2 to 12 upper-case letters and digits
  --code    the one-time code printed by &quot;branch-core device add &lt;id&gt;&quot;
  --dev-insecure-secrets  DEVELOPMENT ONLY: keep the credential and key in this directory

Exit codes: 0 enrolled, 1 code refused, 2 usage error, 3 core, keychain or database failed.</source>
        <translation>Usage: branchctl device enroll --core &lt;url&gt; --ca &lt;file&gt; --device &lt;id&gt; --code &lt;code&gt;
                               [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;]

  --core    core&apos;s https URL, e.g. https://127.0.0.1:8443
  --ca      the CA certificate (PEM) that signed core&apos;s certificate; the only one trusted
  --device  this kiosk&apos;s id: 2 to 12 upper-case letters and digits
  --code    the one-time code printed by &quot;branch-core device add &lt;id&gt;&quot;
  --dev-insecure-secrets  DEVELOPMENT ONLY: keep the credential and key in this directory

Exit codes: 0 enrolled, 1 code refused, 2 usage error, 3 core, keychain or database failed.</translation>
    </message>
    <message>
        <source>This kiosk could not make its key pair.</source>
        <translation>This kiosk could not make its key pair.</translation>
    </message>
    <message>
        <source>Core sent a certificate that is not for this kiosk&apos;s key.</source>
        <translation>Core sent a certificate that is not for this kiosk&apos;s key.</translation>
    </message>
</context>
<context>
    <name>branch::Dispatcher</name>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command. Run &quot;branchctl help&quot; for the list of commands.</source>
        <translation>Unknown command. Run &quot;branchctl help&quot; for the list of commands.</translation>
    </message>
    <message>
        <source>Usage: branchctl [--lang zh_CN|en] &lt;command&gt; [arguments]</source>
        <translation>Usage: branchctl [--lang zh_CN|en] &lt;command&gt; [arguments]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Show this help, or the help of one command</source>
        <translation>Show this help, or the help of one command</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Show the version</translation>
    </message>
    <message>
        <source>Exit codes: 0 success or valid, 1 invalid, 2 usage error, 3 failure, 4 needs confirmation.</source>
        <translation>Exit codes: 0 success or valid, 1 invalid, 2 usage error, 3 failure, 4 needs confirmation.</translation>
    </message>
</context>
<context>
    <name>branch::FaceMessages</name>
    <message>
        <source>No face was seen. Please look straight at the camera.</source>
        <translation>No face was seen. Please look straight at the camera.</translation>
    </message>
    <message>
        <source>More than one face was seen. Please make sure only you are in front of the camera.</source>
        <translation>More than one face was seen. Please make sure only you are in front of the camera.</translation>
    </message>
    <message>
        <source>Your face is too far away. Please come closer to the camera.</source>
        <translation>Your face is too far away. Please come closer to the camera.</translation>
    </message>
    <message>
        <source>Your face does not match the photo on the ID card. Please ask a member of staff.</source>
        <translation>Your face does not match the photo on the ID card. Please ask a member of staff.</translation>
    </message>
    <message>
        <source>The live check did not pass. Please blink when asked, without a photo or screen in front of the camera.</source>
        <translation>The live check did not pass. Please blink when asked, without a photo or screen in front of the camera.</translation>
    </message>
    <message>
        <source>The photo on the ID card could not be read. Please ask a member of staff.</source>
        <translation>The photo on the ID card could not be read. Please ask a member of staff.</translation>
    </message>
    <message>
        <source>No face was found in the ID card&apos;s photo. Please ask a member of staff.</source>
        <translation>No face was found in the ID card&apos;s photo. Please ask a member of staff.</translation>
    </message>
    <message>
        <source>The camera picture could not be used. Please try again.</source>
        <translation>The camera picture could not be used. Please try again.</translation>
    </message>
    <message>
        <source>The face check is not available now. Please ask a member of staff.</source>
        <translation>The face check is not available now. Please ask a member of staff.</translation>
    </message>
    <message>
        <source>The face check did not pass (%1).</source>
        <translation>The face check did not pass (%1).</translation>
    </message>
</context>
<context>
    <name>branch::FieldListModel</name>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Amount in yuan, e.g. 120.50</source>
        <translation>Amount in yuan, e.g. 120.50</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>CNY</translation>
    </message>
    <message>
        <source>%1  (optional)</source>
        <translation>%1  (optional)</translation>
    </message>
</context>
<context>
    <name>branch::FieldText</name>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Not agreed</translation>
    </message>
    <message>
        <source>Original to be shown to staff</source>
        <translation>Original to be shown to staff</translation>
    </message>
</context>
<context>
    <name>branch::FlowMessages</name>
    <message>
        <source>This service does not look up a bill.</source>
        <translation>This service does not look up a bill.</translation>
    </message>
    <message>
        <source>Some answers need to be corrected before the request can be stored.</source>
        <translation>Some answers need to be corrected before the request can be stored.</translation>
    </message>
    <message>
        <source>Some answers are unusual. Please confirm them before the request is stored.</source>
        <translation>Some answers are unusual. Please confirm them before the request is stored.</translation>
    </message>
    <message>
        <source>The amount could not be worked out. Please ask at the service desk.</source>
        <translation>The amount could not be worked out. Please ask at the service desk.</translation>
    </message>
    <message>
        <source>Please sign in the box before you submit.</source>
        <translation>Please sign in the box before you submit.</translation>
    </message>
    <message>
        <source>Requests cannot be saved at this counter right now. Please ask at the service desk.</source>
        <translation>Requests cannot be saved at this counter right now. Please ask at the service desk.</translation>
    </message>
    <message>
        <source>A staff or operator id is needed: a letter, then letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, at most 32.</source>
        <translation>A staff or operator id is needed: a letter, then letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, at most 32.</translation>
    </message>
    <message>
        <source>The receipt could not be saved as a file.</source>
        <translation>The receipt could not be saved as a file.</translation>
    </message>
    <message>
        <source>This request is saved only after its payment. Please pay with your card first.</source>
        <translation>This request is saved only after its payment. Please pay with your card first.</translation>
    </message>
    <message>
        <source>This amount needs a supervisor&apos;s authorization before the request is saved.</source>
        <translation>This amount needs a supervisor&apos;s authorization before the request is saved.</translation>
    </message>
</context>
<context>
    <name>branch::FormCommand</name>
    <message>
        <source>Check a file of form answers against a service&apos;s form</source>
        <translation>Check a file of form answers against a service&apos;s form</translation>
    </message>
    <message>
        <source>Usage: branchctl form validate &lt;service-id&gt; --data &lt;file.json&gt; [--json]

  --data  a JSON object of field ids and values, as the kiosk&apos;s form holds them
  --json  print one line: {&quot;service&quot;:...,&quot;valid&quot;:...,&quot;errors&quot;:[...]}

Exit codes: 0 valid, 1 invalid, 4 needs confirmation, 2 usage error.</source>
        <translation>Usage: branchctl form validate &lt;service-id&gt; --data &lt;file.json&gt; [--json]

  --data  a JSON object of field ids and values, as the kiosk&apos;s form holds them
  --json  print one line: {&quot;service&quot;:...,&quot;valid&quot;:...,&quot;errors&quot;:[...]}

Exit codes: 0 valid, 1 invalid, 4 needs confirmation, 2 usage error.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help form&quot;.</source>
        <translation>Unknown or incomplete option %1. Run &quot;branchctl help form&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;branchctl form validate&quot;.</source>
        <translation>Use &quot;branchctl form validate&quot;.</translation>
    </message>
    <message>
        <source>%1: the answers are valid.</source>
        <translation>%1: the answers are valid.</translation>
    </message>
</context>
<context>
    <name>branch::FormController</name>
    <message>
        <source>No fee is charged for this service.</source>
        <translation>No fee is charged for this service.</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <source>You enter the amount, from %1 to %2.</source>
        <translation>You enter the amount, from %1 to %2.</translation>
    </message>
    <message>
        <source>The amount is looked up from your bill with your account number.</source>
        <translation>The amount is looked up from your bill with your account number.</translation>
    </message>
    <message>
        <source>Staff will check your ID card before your request is processed.</source>
        <translation>Staff will check your ID card before your request is processed.</translation>
    </message>
    <message>
        <source>Large amounts need a staff member&apos;s approval.</source>
        <translation>Large amounts need a staff member&apos;s approval.</translation>
    </message>
    <message>
        <source>Payment is not taken at this screen: pay at the counter with your receipt number.</source>
        <translation>Payment is not taken at this screen: pay at the counter with your receipt number.</translation>
    </message>
    <message>
        <source>Please sign in the box before you submit.</source>
        <translation>Please sign in the box before you submit.</translation>
    </message>
    <message>
        <source>Requests cannot be saved at this counter right now. Please ask at the service desk.</source>
        <translation>Requests cannot be saved at this counter right now. Please ask at the service desk.</translation>
    </message>
    <message>
        <source>Find your bill</source>
        <translation>Find your bill</translation>
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation>Page %1 of %2: %3</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Enter your account number to find what you owe.</source>
        <translation>Enter your account number to find what you owe.</translation>
    </message>
    <message>
        <source>Enter your %1 to find what you owe.</source>
        <translation>Enter your %1 to find what you owe.</translation>
    </message>
    <message>
        <source>Correct, continue to sign</source>
        <translation>Correct, continue to sign</translation>
    </message>
    <message>
        <source>Correct, submit</source>
        <translation>Correct, submit</translation>
    </message>
    <message>
        <source>Saving your request. Please wait.</source>
        <translation>Saving your request. Please wait.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Correct, continue to pay</source>
        <translation>Correct, continue to pay</translation>
    </message>
    <message>
        <source>Continue to pay</source>
        <translation>Continue to pay</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Your card payment is not confirmed yet. Do not pay again: the bank will confirm it, and staff can check it with your receipt number.</source>
        <translation>Your card payment is not confirmed yet. Do not pay again: the bank will confirm it, and staff can check it with your receipt number.</translation>
    </message>
    <message>
        <source>Paid %1 with card %2, authorisation code %3.</source>
        <translation>Paid %1 with card %2, authorisation code %3.</translation>
    </message>
    <message>
        <source>Staff authorization</source>
        <translation>Staff authorization</translation>
    </message>
    <message>
        <source>Correct, continue to staff authorization</source>
        <translation>Correct, continue to staff authorization</translation>
    </message>
    <message>
        <source>Continue to staff authorization</source>
        <translation>Continue to staff authorization</translation>
    </message>
</context>
<context>
    <name>branch::FormInput</name>
    <message>
        <source>No service has this id. Run &quot;branchctl catalog list&quot; to see them.</source>
        <translation>No service has this id. Run &quot;branchctl catalog list&quot; to see them.</translation>
    </message>
    <message>
        <source>The data file cannot be read.</source>
        <translation>The data file cannot be read.</translation>
    </message>
    <message>
        <source>The data file is too large for a form.</source>
        <translation>The data file is too large for a form.</translation>
    </message>
    <message>
        <source>The data file is not valid JSON.</source>
        <translation>The data file is not valid JSON.</translation>
    </message>
    <message>
        <source>The data file must hold one JSON object of field ids and values.</source>
        <translation>The data file must hold one JSON object of field ids and values.</translation>
    </message>
</context>
<context>
    <name>branch::FraudController</name>
    <message>
        <source>No member of staff is signed in at this kiosk. Please ask at the counter: a member of staff signs in here and confirms with you.</source>
        <translation>No member of staff is signed in at this kiosk. Please ask at the counter: a member of staff signs in here and confirms with you.</translation>
    </message>
    <message>
        <source>A remote teller is not available at this kiosk. Please ask a member of staff, or wait and confirm yourself.</source>
        <translation>A remote teller is not available at this kiosk. Please ask a member of staff, or wait and confirm yourself.</translation>
    </message>
</context>
<context>
    <name>branch::FraudMessages</name>
    <message>
        <source>You have not sent money to this account here before. Scammers ask for money to go to an account you do not know.</source>
        <translation>You have not sent money to this account here before. Scammers ask for money to go to an account you do not know.</translation>
    </message>
    <message>
        <source>This is a large amount. Scammers often ask for all of your savings at once.</source>
        <translation>This is a large amount. Scammers often ask for all of your savings at once.</translation>
    </message>
    <message>
        <source>This account has been reported to the bank in connection with fraud.</source>
        <translation>This account has been reported to the bank in connection with fraud.</translation>
    </message>
    <message>
        <source>Nobody from the police, a court or the bank ever asks you to move money to a &quot;safe account&quot;.</source>
        <translation>Nobody from the police, a court or the bank ever asks you to move money to a &quot;safe account&quot;.</translation>
    </message>
    <message>
        <source>Paid &quot;order boosting&quot; or online tasks that need money first are always a scam.</source>
        <translation>Paid &quot;order boosting&quot; or online tasks that need money first are always a scam.</translation>
    </message>
    <message>
        <source>A prize that needs a fee or tax paid first is a scam.</source>
        <translation>A prize that needs a fee or tax paid first is a scam.</translation>
    </message>
    <message>
        <source>The police, prosecutors and courts never ask for money by telephone or to be transferred.</source>
        <translation>The police, prosecutors and courts never ask for money by telephone or to be transferred.</translation>
    </message>
    <message>
        <source>Never give anyone a verification code, and never send money because someone asked for one.</source>
        <translation>Never give anyone a verification code, and never send money because someone asked for one.</translation>
    </message>
    <message>
        <source>&quot;Customer service&quot; offering a refund or compensation never needs you to send money.</source>
        <translation>&quot;Customer service&quot; offering a refund or compensation never needs you to send money.</translation>
    </message>
    <message>
        <source>Investments that promise high, sure returns are a common scam.</source>
        <translation>Investments that promise high, sure returns are a common scam.</translation>
    </message>
    <message>
        <source>A loan that needs a deposit or fee paid first is a scam.</source>
        <translation>A loan that needs a deposit or fee paid first is a scam.</translation>
    </message>
    <message>
        <source>The note contains words that scammers often use.</source>
        <translation>The note contains words that scammers often use.</translation>
    </message>
    <message>
        <source>The anti-fraud rules are not valid JSON (at byte %1).</source>
        <translation>The anti-fraud rules are not valid JSON (at byte %1).</translation>
    </message>
    <message>
        <source>The anti-fraud rules must be a JSON object.</source>
        <translation>The anti-fraud rules must be a JSON object.</translation>
    </message>
    <message>
        <source>The anti-fraud rules have a schema version this kiosk does not know (%1).</source>
        <translation>The anti-fraud rules have a schema version this kiosk does not know (%1).</translation>
    </message>
    <message>
        <source>The anti-fraud rules have an unknown entry: %1.</source>
        <translation>The anti-fraud rules have an unknown entry: %1.</translation>
    </message>
    <message>
        <source>The anti-fraud rules lack a required entry: %1.</source>
        <translation>The anti-fraud rules lack a required entry: %1.</translation>
    </message>
    <message>
        <source>The anti-fraud rules have the wrong kind of value at %1.</source>
        <translation>The anti-fraud rules have the wrong kind of value at %1.</translation>
    </message>
    <message>
        <source>The amount at %1 must be a whole number of fen above zero.</source>
        <translation>The amount at %1 must be a whole number of fen above zero.</translation>
    </message>
    <message>
        <source>The currency at %1 is not an ISO 4217 code.</source>
        <translation>The currency at %1 is not an ISO 4217 code.</translation>
    </message>
    <message>
        <source>The age at %1 must be a whole number from 0 to 150.</source>
        <translation>The age at %1 must be a whole number from 0 to 150.</translation>
    </message>
    <message>
        <source>The cooling-off time at %1 must be a whole number of seconds from 5 to 600.</source>
        <translation>The cooling-off time at %1 must be a whole number of seconds from 5 to 600.</translation>
    </message>
    <message>
        <source>The service id at %1 is not a catalog id.</source>
        <translation>The service id at %1 is not a catalog id.</translation>
    </message>
    <message>
        <source>The field id at %1 is not a form field id.</source>
        <translation>The field id at %1 is not a form field id.</translation>
    </message>
    <message>
        <source>The service at %1 is listed twice.</source>
        <translation>The service at %1 is listed twice.</translation>
    </message>
    <message>
        <source>The anti-fraud rules cover no service: %1 is empty.</source>
        <translation>The anti-fraud rules cover no service: %1 is empty.</translation>
    </message>
    <message>
        <source>The keyword at %1 is empty or longer than 64 characters.</source>
        <translation>The keyword at %1 is empty or longer than 64 characters.</translation>
    </message>
    <message>
        <source>The scam pattern at %1 must be lower-case letters and underscores.</source>
        <translation>The scam pattern at %1 must be lower-case letters and underscores.</translation>
    </message>
    <message>
        <source>The watch-list entry at %1 is not an account number.</source>
        <translation>The watch-list entry at %1 is not an account number.</translation>
    </message>
    <message>
        <source>The anti-fraud data file is too large.</source>
        <translation>The anti-fraud data file is too large.</translation>
    </message>
    <message>
        <source>The anti-fraud data has too many entries at %1.</source>
        <translation>The anti-fraud data has too many entries at %1.</translation>
    </message>
    <message>
        <source>The anti-fraud rules were refused (%1).</source>
        <translation>The anti-fraud rules were refused (%1).</translation>
    </message>
</context>
<context>
    <name>branch::IdCardController</name>
    <message>
        <source>Please place your resident ID card flat on the card reader.</source>
        <translation>Please place your resident ID card flat on the card reader.</translation>
    </message>
    <message>
        <source>Your name and ID number were filled in from your ID card. Please check them.</source>
        <translation>Your name and ID number were filled in from your ID card. Please check them.</translation>
    </message>
    <message>
        <source>Place your resident ID card on the reader and your name and ID number are filled in for you.</source>
        <translation>Place your resident ID card on the reader and your name and ID number are filled in for you.</translation>
    </message>
</context>
<context>
    <name>branch::IdCardMessages</name>
    <message>
        <source>No ID card was found. Please place your resident ID card flat on the reader.</source>
        <translation>No ID card was found. Please place your resident ID card flat on the reader.</translation>
    </message>
    <message>
        <source>The ID card could not be read. Please take it off the reader and place it flat again.</source>
        <translation>The ID card could not be read. Please take it off the reader and place it flat again.</translation>
    </message>
    <message>
        <source>The ID card reader is not working. Please type your details in or ask a member of staff.</source>
        <translation>The ID card reader is not working. Please type your details in or ask a member of staff.</translation>
    </message>
    <message>
        <source>This ID card has expired and cannot be used. Please bring a valid card or ask a member of staff.</source>
        <translation>This ID card has expired and cannot be used. Please bring a valid card or ask a member of staff.</translation>
    </message>
    <message>
        <source>This ID card is not valid yet. Please use your current card.</source>
        <translation>This ID card is not valid yet. Please use your current card.</translation>
    </message>
    <message>
        <source>The data on this ID card do not check out. Please ask a member of staff.</source>
        <translation>The data on this ID card do not check out. Please ask a member of staff.</translation>
    </message>
    <message>
        <source>Some data could not be read from the ID card. Please place it on the reader again.</source>
        <translation>Some data could not be read from the ID card. Please place it on the reader again.</translation>
    </message>
    <message>
        <source>The ID card could not be used (%1).</source>
        <translation>The ID card could not be used (%1).</translation>
    </message>
</context>
<context>
    <name>branch::KeysCommand</name>
    <message>
        <source>Rotate the keys that protect stored personal data</source>
        <translation>Rotate the keys that protect stored personal data</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help keys&quot;.</source>
        <translation>Unknown or incomplete option %1. Run &quot;branchctl help keys&quot;.</translation>
    </message>
    <message>
        <source>The only action is &quot;rotate&quot;.</source>
        <translation>The only action is &quot;rotate&quot;.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>Key-encryption key rotated: key %1 now protects the data keys.</source>
        <translation>Key-encryption key rotated: key %1 now protects the data keys.</translation>
    </message>
    <message>
        <source>Data key rotated: key %1 in use, %2 row(s) re-sealed, retired keys: %3.</source>
        <translation>Data key rotated: key %1 in use, %2 row(s) re-sealed, retired keys: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Usage: branchctl keys rotate [--kek] [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;] [--json]

  --kek                   rotate the key-encryption key in the keychain instead of the data key
  --database              the kiosk database (default: %1)
  --dev-insecure-secrets  DEVELOPMENT ONLY: keep secrets as files in &lt;dir&gt;
  --json                  print one line: {&quot;rotated&quot;:...,&quot;key_id&quot;:...,&quot;kek_id&quot;:...,...}

Interrupted rotations are finished by running the command again.
Exit codes: 0 done, 2 usage error, 3 failure.</source>
        <translation>Usage: branchctl keys rotate [--kek] [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;] [--json]

  --kek                   rotate the key-encryption key in the keychain instead of the data key
  --database              the kiosk database (default: %1)
  --dev-insecure-secrets  DEVELOPMENT ONLY: keep secrets as files in &lt;dir&gt;
  --json                  print one line: {&quot;rotated&quot;:...,&quot;key_id&quot;:...,&quot;kek_id&quot;:...,...}

Interrupted rotations are finished by running the command again.
Exit codes: 0 done, 2 usage error, 3 failure.</translation>
    </message>
</context>
<context>
    <name>branch::Kiosk</name>
    <message>
        <source>The kiosk screen could not be created.</source>
        <translation>The kiosk screen could not be created.</translation>
    </message>
</context>
<context>
    <name>branch::LanguageOption</name>
    <message>
        <source>Unsupported language. Use --lang %1.</source>
        <translation>Unsupported language. Use --lang %1.</translation>
    </message>
</context>
<context>
    <name>branch::OutboxCommand</name>
    <message>
        <source>List outbox entries, or put a rejected entry back for delivery</source>
        <translation>List outbox entries, or put a rejected entry back for delivery</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help outbox&quot;.</source>
        <translation>Unknown or incomplete option %1. Run &quot;branchctl help outbox&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;outbox list&quot; or &quot;outbox retry&quot;.</source>
        <translation>Use &quot;outbox list&quot; or &quot;outbox retry&quot;.</translation>
    </message>
    <message>
        <source>Unknown state %1.</source>
        <translation>Unknown state %1.</translation>
    </message>
    <message>
        <source>--limit is 1 to 10000, --offset 0 or more.</source>
        <translation>--limit is 1 to 10000, --offset 0 or more.</translation>
    </message>
    <message>
        <source>Unexpected argument.</source>
        <translation>Unexpected argument.</translation>
    </message>
    <message>
        <source>Give exactly one outbox entry id.</source>
        <translation>Give exactly one outbox entry id.</translation>
    </message>
    <message>
        <source>An outbox entry id is a positive number.</source>
        <translation>An outbox entry id is a positive number.</translation>
    </message>
    <message>
        <source>Entry %1 is not a rejected outbox entry.</source>
        <translation>Entry %1 is not a rejected outbox entry.</translation>
    </message>
    <message>
        <source>Entry %1 will be sent again with its original key.</source>
        <translation>Entry %1 will be sent again with its original key.</translation>
    </message>
    <message>
        <source>Name who sends the entry again with --actor.</source>
        <translation>Name who sends the entry again with --actor.</translation>
    </message>
    <message>
        <source>Usage: branchctl outbox list [--state pending|sent|acknowledged|rejected] [--limit N]
                             [--offset N] [--database &lt;path&gt;] [--json]
       branchctl outbox retry &lt;id&gt; [--actor &lt;id&gt;] [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;]

  list   newest first: id, key, state, attempts, service, masked receipt, reason
         --json  one line per entry: {&quot;id&quot;:..,&quot;key&quot;:..,&quot;state&quot;:..,...}
  retry  send a rejected entry again, with the same idempotency key; audited
         --actor  who does it, for the audit log (default: the user branchctl runs as)

Exit codes: 0 done, 1 no such rejected entry, 2 usage error, 3 store failure.</source>
        <translation>Usage: branchctl outbox list [--state pending|sent|acknowledged|rejected] [--limit N]
                             [--offset N] [--database &lt;path&gt;] [--json]
       branchctl outbox retry &lt;id&gt; [--actor &lt;id&gt;] [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;]

  list   newest first: id, key, state, attempts, service, masked receipt, reason
         --json  one line per entry: {&quot;id&quot;:..,&quot;key&quot;:..,&quot;state&quot;:..,...}
  retry  send a rejected entry again, with the same idempotency key; audited
         --actor  who does it, for the audit log (default: the user branchctl runs as)

Exit codes: 0 done, 1 no such rejected entry, 2 usage error, 3 store failure.</translation>
    </message>
</context>
<context>
    <name>branch::OutboxRetry</name>
    <message>
        <source>There is no outbox entry %1.</source>
        <translation>There is no outbox entry %1.</translation>
    </message>
    <message>
        <source>Outbox entry %1 was not refused by core, so it is not sent again.</source>
        <translation>Outbox entry %1 was not refused by core, so it is not sent again.</translation>
    </message>
</context>
<context>
    <name>branch::PaymentController</name>
    <message>
        <source>Insert your bank card into the card reader.</source>
        <translation>Insert your bank card into the card reader.</translation>
    </message>
    <message>
        <source>Enter your PIN on the PIN pad, then press Enter. Cover the keys with your hand.</source>
        <translation>Enter your PIN on the PIN pad, then press Enter. Cover the keys with your hand.</translation>
    </message>
    <message>
        <source>Asking your bank. Please wait and do not take your card yet.</source>
        <translation>Asking your bank. Please wait and do not take your card yet.</translation>
    </message>
    <message>
        <source>Payment done. Saving your request.</source>
        <translation>Payment done. Saving your request.</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>Nothing was charged.</translation>
    </message>
    <message>
        <source>Card payment is not available at this counter. Please pay at the service desk.</source>
        <translation>Card payment is not available at this counter. Please pay at the service desk.</translation>
    </message>
</context>
<context>
    <name>branch::PaymentMessages</name>
    <message>
        <source>The card&apos;s balance is not enough for this payment. Please use another card.</source>
        <translation>The card&apos;s balance is not enough for this payment. Please use another card.</translation>
    </message>
    <message>
        <source>The PIN is not correct. Please enter it again.</source>
        <translation>The PIN is not correct. Please enter it again.</translation>
    </message>
    <message>
        <source>This card is locked. Please contact the bank that issued it.</source>
        <translation>This card is locked. Please contact the bank that issued it.</translation>
    </message>
    <message>
        <source>This payment is above the card&apos;s limit. Please use another card or pay at the counter.</source>
        <translation>This payment is above the card&apos;s limit. Please use another card or pay at the counter.</translation>
    </message>
    <message>
        <source>This card has expired. Please use another card.</source>
        <translation>This card has expired. Please use another card.</translation>
    </message>
    <message>
        <source>This card cannot be used here. Please use another card.</source>
        <translation>This card cannot be used here. Please use another card.</translation>
    </message>
    <message>
        <source>The payment took too long and was stopped. Nothing was charged; please start again.</source>
        <translation>The payment took too long and was stopped. Nothing was charged; please start again.</translation>
    </message>
    <message>
        <source>The card could not be read. Please take it out and insert it again.</source>
        <translation>The card could not be read. Please take it out and insert it again.</translation>
    </message>
    <message>
        <source>The payment was cancelled. Nothing was charged.</source>
        <translation>The payment was cancelled. Nothing was charged.</translation>
    </message>
    <message>
        <source>The card reader of this counter is out of order. Please ask staff for help.</source>
        <translation>The card reader of this counter is out of order. Please ask staff for help.</translation>
    </message>
    <message>
        <source>The PIN pad sent something the bank cannot read. Please ask staff for help.</source>
        <translation>The PIN pad sent something the bank cannot read. Please ask staff for help.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits. Please enter it again.</source>
        <translation>A PIN has 4 to 12 digits. Please enter it again.</translation>
    </message>
    <message>
        <source>The card number could not be read. Please insert the card again.</source>
        <translation>The card number could not be read. Please insert the card again.</translation>
    </message>
    <message>
        <source>This payment was already made with different details. Please ask staff for help.</source>
        <translation>This payment was already made with different details. Please ask staff for help.</translation>
    </message>
    <message>
        <source>The bank has no record of this payment. Nothing was charged.</source>
        <translation>The bank has no record of this payment. Nothing was charged.</translation>
    </message>
    <message>
        <source>The bank has not answered yet. Please wait; the payment will not be made twice.</source>
        <translation>The bank has not answered yet. Please wait; the payment will not be made twice.</translation>
    </message>
    <message>
        <source>The amount to pay is not valid.</source>
        <translation>The amount to pay is not valid.</translation>
    </message>
    <message>
        <source>The payment could not be sent to the bank. Nothing was charged; please ask staff for help.</source>
        <translation>The payment could not be sent to the bank. Nothing was charged; please ask staff for help.</translation>
    </message>
</context>
<context>
    <name>branch::PrefillCommand</name>
    <message>
        <source>Read an e-Tongban prefill token or short code</source>
        <translation>Read an e-Tongban prefill token or short code</translation>
    </message>
    <message>
        <source>Usage: branchctl prefill read (--image &lt;file&gt; | --text &lt;token&gt; | --code &lt;digits&gt;) [--json]
                              [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;]

  read  verify the token as the kiosk does, claim the prefill from core and print it;
        with core out of reach an offline token is opened with the branch key

Exit codes: 0 read, 1 refused (the reason is printed), 2 usage error,
3 database or keychain failure.</source>
        <translation>Usage: branchctl prefill read (--image &lt;file&gt; | --text &lt;token&gt; | --code &lt;digits&gt;) [--json]
                              [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;]

  read  verify the token as the kiosk does, claim the prefill from core and print it;
        with core out of reach an offline token is opened with the branch key

Exit codes: 0 read, 1 refused (the reason is printed), 2 usage error,
3 database or keychain failure.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help prefill&quot;.</source>
        <translation>Unknown or incomplete option %1. Run &quot;branchctl help prefill&quot;.</translation>
    </message>
    <message>
        <source>The only action is &quot;read&quot;.</source>
        <translation>The only action is &quot;read&quot;.</translation>
    </message>
    <message>
        <source>Give exactly one of --image, --text and --code.</source>
        <translation>Give exactly one of --image, --text and --code.</translation>
    </message>
    <message>
        <source>Prefill %1 for %2%3</source>
        <translation>Prefill %1 for %2%3</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (offline)</translation>
    </message>
</context>
<context>
    <name>branch::PrefillDesk</name>
    <message>
        <source>This form has no such field.</source>
        <translation>This form has no such field.</translation>
    </message>
    <message>
        <source>Every answer is sent as text.</source>
        <translation>Every answer is sent as text.</translation>
    </message>
</context>
<context>
    <name>branch::PrefillMessages</name>
    <message>
        <source>This prefill code cannot be read. Please show it again, or type the short code.</source>
        <translation>This prefill code cannot be read. Please show it again, or type the short code.</translation>
    </message>
    <message>
        <source>This is not a prefill code from our bank. Please show the e-Tongban code on your phone.</source>
        <translation>This is not a prefill code from our bank. Please show the e-Tongban code on your phone.</translation>
    </message>
    <message>
        <source>This prefill code has been changed and cannot be used. Please fill in the form here.</source>
        <translation>This prefill code has been changed and cannot be used. Please fill in the form here.</translation>
    </message>
    <message>
        <source>This prefill code was signed with a key this counter does not know. Please ask staff for help.</source>
        <translation>This prefill code was signed with a key this counter does not know. Please ask staff for help.</translation>
    </message>
    <message>
        <source>This prefill code has expired. Please fill in the form again on your phone or here.</source>
        <translation>This prefill code has expired. Please fill in the form again on your phone or here.</translation>
    </message>
    <message>
        <source>This prefill code was made for another branch. Please fill in the form here.</source>
        <translation>This prefill code was made for another branch. Please fill in the form here.</translation>
    </message>
    <message>
        <source>This prefill code has already been used.</source>
        <translation>This prefill code has already been used.</translation>
    </message>
    <message>
        <source>This prefill is open at another counter. Please finish there, or try again in 15 minutes.</source>
        <translation>This prefill is open at another counter. Please finish there, or try again in 15 minutes.</translation>
    </message>
    <message>
        <source>The service of this prefill code is not offered at this counter.</source>
        <translation>The service of this prefill code is not offered at this counter.</translation>
    </message>
    <message>
        <source>This prefill code is from a newer version. Please ask staff for help.</source>
        <translation>This prefill code is from a newer version. Please ask staff for help.</translation>
    </message>
    <message>
        <source>This prefill code cannot be used (%1).</source>
        <translation>This prefill code cannot be used (%1).</translation>
    </message>
</context>
<context>
    <name>branch::PrefillScanController</name>
    <message>
        <source>Reading your code…</source>
        <translation>Reading your code…</translation>
    </message>
    <message>
        <source>The camera cannot be used right now (%1). Please type the 9-digit code shown under your QR code.</source>
        <translation>The camera cannot be used right now (%1). Please type the 9-digit code shown under your QR code.</translation>
    </message>
    <message>
        <source>Please type the 9-digit code shown under your QR code.</source>
        <translation>Please type the 9-digit code shown under your QR code.</translation>
    </message>
    <message>
        <source>Hold the QR code on your phone up to the camera, or type the 9-digit code shown under it.</source>
        <translation>Hold the QR code on your phone up to the camera, or type the 9-digit code shown under it.</translation>
    </message>
</context>
<context>
    <name>branch::PrefillService</name>
    <message>
        <source>The bank&apos;s system cannot be reached now. Please show the offline code, or fill in the form here.</source>
        <translation>The bank&apos;s system cannot be reached now. Please show the offline code, or fill in the form here.</translation>
    </message>
    <message>
        <source>No prefill has this code. Please check the code on your phone.</source>
        <translation>No prefill has this code. Please check the code on your phone.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Please scan the QR code, or ask staff for help.</source>
        <translation>Too many wrong codes. Please scan the QR code, or ask staff for help.</translation>
    </message>
    <message>
        <source>This counter cannot read prefill codes yet. Please ask staff for help.</source>
        <translation>This counter cannot read prefill codes yet. Please ask staff for help.</translation>
    </message>
    <message>
        <source>These 9 digits are not a valid code: one of them is probably mistyped. Please check them against your phone.</source>
        <translation>These 9 digits are not a valid code: one of them is probably mistyped. Please check them against your phone.</translation>
    </message>
</context>
<context>
    <name>branch::PrintMessages</name>
    <message>
        <source>This counter has no receipt printer.</source>
        <translation>This counter has no receipt printer.</translation>
    </message>
    <message>
        <source>The receipt printer of this counter is not set up.</source>
        <translation>The receipt printer of this counter is not set up.</translation>
    </message>
    <message>
        <source>The printing service of this counter is not running.</source>
        <translation>The printing service of this counter is not running.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>The printer is out of paper.</translation>
    </message>
    <message>
        <source>The printer is offline.</source>
        <translation>The printer is offline.</translation>
    </message>
    <message>
        <source>The printer is paused.</source>
        <translation>The printer is paused.</translation>
    </message>
    <message>
        <source>The printer is not taking print jobs.</source>
        <translation>The printer is not taking print jobs.</translation>
    </message>
    <message>
        <source>The printer could not print the receipt.</source>
        <translation>The printer could not print the receipt.</translation>
    </message>
    <message>
        <source>The printer did not finish in time.</source>
        <translation>The printer did not finish in time.</translation>
    </message>
    <message>
        <source>The receipt file is missing.</source>
        <translation>The receipt file is missing.</translation>
    </message>
</context>
<context>
    <name>branch::QrCommand</name>
    <message>
        <source>Read the QR codes in image files</source>
        <translation>Read the QR codes in image files</translation>
    </message>
    <message>
        <source>Usage: branchctl qr decode [--json] &lt;image&gt;...

  decode  read every QR code in each image (PNG, JPEG, BMP, GIF) with the kiosk&apos;s decoder
          --json  one line: {&quot;results&quot;:[{&quot;file&quot;:...,&quot;codes&quot;:[...],&quot;ms&quot;:...}]},
                  one entry per image; a file that cannot be read has &quot;reason&quot; and &quot;message&quot;

Exit codes: 0 every file read (with or without codes), 1 a file could not be read,
2 usage error.</source>
        <translation>Usage: branchctl qr decode [--json] &lt;image&gt;...

  decode  read every QR code in each image (PNG, JPEG, BMP, GIF) with the kiosk&apos;s decoder
          --json  one line: {&quot;results&quot;:[{&quot;file&quot;:...,&quot;codes&quot;:[...],&quot;ms&quot;:...}]},
                  one entry per image; a file that cannot be read has &quot;reason&quot; and &quot;message&quot;

Exit codes: 0 every file read (with or without codes), 1 a file could not be read,
2 usage error.</translation>
    </message>
    <message>
        <source>Missing the sub-command: decode.</source>
        <translation>Missing the sub-command: decode.</translation>
    </message>
    <message>
        <source>Unknown sub-command. Use decode.</source>
        <translation>Unknown sub-command. Use decode.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help qr&quot;.</source>
        <translation>Unknown or incomplete option %1. Run &quot;branchctl help qr&quot;.</translation>
    </message>
    <message>
        <source>Give at least one image file.</source>
        <translation>Give at least one image file.</translation>
    </message>
    <message>
        <source>no QR code found</source>
        <translation>no QR code found</translation>
    </message>
</context>
<context>
    <name>branch::QrImageReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>The file %1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>The file %1 is not an image (PNG, JPEG, BMP or GIF).</source>
        <translation>The file %1 is not an image (PNG, JPEG, BMP or GIF).</translation>
    </message>
    <message>
        <source>The image %1 has more than %2 megapixels.</source>
        <translation>The image %1 has more than %2 megapixels.</translation>
    </message>
    <message>
        <source>The image %1 is damaged and cannot be decoded.</source>
        <translation>The image %1 is damaged and cannot be decoded.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read (%2).</source>
        <translation>The image %1 cannot be read (%2).</translation>
    </message>
</context>
<context>
    <name>branch::ReceiptComposer</name>
    <message>
        <source>BranchSuite Bank</source>
        <translation>BranchSuite Bank</translation>
    </message>
    <message>
        <source>Self-service counter</source>
        <translation>Self-service counter</translation>
    </message>
    <message>
        <source>Paid with card</source>
        <translation>Paid with card</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Authorisation code</source>
        <translation>Authorisation code</translation>
    </message>
    <message>
        <source>Not confirmed. Do not pay again: the bank will confirm it.</source>
        <translation>Not confirmed. Do not pay again: the bank will confirm it.</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Payment reference</translation>
    </message>
</context>
<context>
    <name>branch::ReceiptPrinting</name>
    <message>
        <source>Printing your receipt. Please wait.</source>
        <translation>Printing your receipt. Please wait.</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>Please take your receipt.</translation>
    </message>
    <message>
        <source>Your receipt was not printed. %1</source>
        <translation>Your receipt was not printed. %1</translation>
    </message>
    <message>
        <source>Your request is saved. Take a photo of the QR code or note the receipt number: the bank can give you the receipt with it at any counter.</source>
        <translation>Your request is saved. Take a photo of the QR code or note the receipt number: the bank can give you the receipt with it at any counter.</translation>
    </message>
</context>
<context>
    <name>branch::SalvageReport</name>
    <message>
        <source>Requests waiting for core</source>
        <translation>Requests waiting for core</translation>
    </message>
    <message>
        <source>Requests core refused</source>
        <translation>Requests core refused</translation>
    </message>
    <message>
        <source>Requests core already booked</source>
        <translation>Requests core already booked</translation>
    </message>
    <message>
        <source>Requests too damaged to read</source>
        <translation>Requests too damaged to read</translation>
    </message>
    <message>
        <source>Keys that open customer data</source>
        <translation>Keys that open customer data</translation>
    </message>
    <message>
        <source>Enrolment with core</source>
        <translation>Enrolment with core</translation>
    </message>
    <message>
        <source>Daily receipt counters</source>
        <translation>Daily receipt counters</translation>
    </message>
    <message>
        <source>Every request, data key and the enrolment in the damaged database were saved. Its audit log stays in the damaged file, as evidence.</source>
        <translation>Every request, data key and the enrolment in the damaged database were saved. Its audit log stays in the damaged file, as evidence.</translation>
    </message>
    <message>
        <source>Part of the damaged database could not be read. What was saved and what was lost is listed below.</source>
        <translation>Part of the damaged database could not be read. What was saved and what was lost is listed below.</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged database. It is kept for inspection.</source>
        <translation>Nothing could be read from the damaged database. It is kept for inspection.</translation>
    </message>
    <message>
        <source>Card payments and their keys</source>
        <translation>Card payments and their keys</translation>
    </message>
</context>
<context>
    <name>branch::SalvageReportModel</name>
    <message numerus="yes">
        <source>%1: %n saved</source>
        <translation>
            <numerusform>%1: %n saved</numerusform>
            <numerusform>%1: %n saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 saved, %n lost</source>
        <translation>
            <numerusform>%1: %2 saved, %n lost</numerusform>
            <numerusform>%1: %2 saved, %n lost</numerusform>
        </translation>
    </message>
    <message>
        <source>The local database was damaged and set aside. Not everything could be saved: see the recovery report.</source>
        <translation>The local database was damaged and set aside. Not everything could be saved: see the recovery report.</translation>
    </message>
    <message>
        <source>The local database was damaged and set aside. Everything in it was saved: see the recovery report.</source>
        <translation>The local database was damaged and set aside. Everything in it was saved: see the recovery report.</translation>
    </message>
    <message>
        <source>Damaged database recovered on %1</source>
        <translation>Damaged database recovered on %1</translation>
    </message>
    <message>
        <source>The damaged file is kept, never deleted, at %1</source>
        <translation>The damaged file is kept, never deleted, at %1</translation>
    </message>
    <message>
        <source>No new receipt numbers can be issued until the record of receipt numbers is repaired.</source>
        <translation>No new receipt numbers can be issued until the record of receipt numbers is repaired.</translation>
    </message>
    <message>
        <source>Receipt numbers continue from %1 each day, so no number is ever issued twice.</source>
        <translation>Receipt numbers continue from %1 each day, so no number is ever issued twice.</translation>
    </message>
    <message>
        <source>Receipt %1: the request was lost. Follow it up with the customer.</source>
        <translation>Receipt %1: the request was lost. Follow it up with the customer.</translation>
    </message>
</context>
<context>
    <name>branch::SearchController</name>
    <message>
        <source>Nothing matched. Please try other words, or call a staff member.</source>
        <translation>Nothing matched. Please try other words, or call a staff member.</translation>
    </message>
</context>
<context>
    <name>branch::SearchQuery</name>
    <message>
        <source>That is too long to search. Please use a few words.</source>
        <translation>That is too long to search. Please use a few words.</translation>
    </message>
    <message>
        <source>The search text contains characters that cannot be searched.</source>
        <translation>The search text contains characters that cannot be searched.</translation>
    </message>
    <message>
        <source>Please describe the service in words.</source>
        <translation>Please describe the service in words.</translation>
    </message>
    <message>
        <source>Type what you would like to do, in Chinese, pinyin or English.</source>
        <translation>Type what you would like to do, in Chinese, pinyin or English.</translation>
    </message>
</context>
<context>
    <name>branch::ShellController</name>
    <message>
        <source>Service &quot;%1&quot; was not found. Please choose a service below.</source>
        <translation>Service &quot;%1&quot; was not found. Please choose a service below.</translation>
    </message>
    <message>
        <source>The local records were damaged and have been set aside for staff. A new record file was started; please tell the service desk.</source>
        <translation>The local records were damaged and have been set aside for staff. A new record file was started; please tell the service desk.</translation>
    </message>
    <message>
        <source>This function is not available at this counter yet. Please ask at the service desk.</source>
        <translation>This function is not available at this counter yet. Please ask at the service desk.</translation>
    </message>
</context>
<context>
    <name>branch::StaffCli</name>
    <message>
        <source>Use &quot;staff add ID --name NAME --role ROLE --branch BRANCH&quot; or &quot;staff reset-secret ID&quot;.</source>
        <translation>Use &quot;staff add ID --name NAME --role ROLE --branch BRANCH&quot; or &quot;staff reset-secret ID&quot;.</translation>
    </message>
    <message>
        <source>A staff id is a letter, then up to 31 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>A staff id is a letter, then up to 31 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>staff add needs --name and --branch.</source>
        <translation>staff add needs --name and --branch.</translation>
    </message>
    <message>
        <source>The role is one of: %1.</source>
        <translation>The role is one of: %1.</translation>
    </message>
    <message>
        <source>Secret (PIN of 6+ digits or password of 8+ characters) for %1: </source>
        <translation>Secret (PIN of 6+ digits or password of 8+ characters) for %1: </translation>
    </message>
    <message>
        <source>The secret must be a PIN of 6 to 64 digits or a password of 8 to 64 characters.</source>
        <translation>The secret must be a PIN of 6 to 64 digits or a password of 8 to 64 characters.</translation>
    </message>
    <message>
        <source>The secret could not be hashed (out of memory?).</source>
        <translation>The secret could not be hashed (out of memory?).</translation>
    </message>
    <message>
        <source>Staff member %1 already exists.</source>
        <translation>Staff member %1 already exists.</translation>
    </message>
    <message>
        <source>No staff member %1 is known to core.</source>
        <translation>No staff member %1 is known to core.</translation>
    </message>
    <message>
        <source>Staff member %1 added.</source>
        <translation>Staff member %1 added.</translation>
    </message>
    <message>
        <source>The secret of %1 is reset and the account unlocked.</source>
        <translation>The secret of %1 is reset and the account unlocked.</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Again: </translation>
    </message>
</context>
<context>
    <name>branch::StaffController</name>
    <message>
        <source>service catalogue</source>
        <translation>service catalogue</translation>
    </message>
    <message>
        <source>billers</source>
        <translation>billers</translation>
    </message>
    <message>
        <source>avatar scripts</source>
        <translation>avatar scripts</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>exchange rates</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 version %2</translation>
    </message>
    <message>
        <source>Reference data: none received from core yet.</source>
        <translation>Reference data: none received from core yet.</translation>
    </message>
    <message>
        <source>not reached since start</source>
        <translation>not reached since start</translation>
    </message>
    <message>
        <source>Reference data: %1. Last checked with core: %2.</source>
        <translation>Reference data: %1. Last checked with core: %2.</translation>
    </message>
    <message numerus="yes">
        <source>This kiosk&apos;s clock is %n minute(s) ahead of core&apos;s. Receipts carry the kiosk&apos;s time: have the clock corrected.</source>
        <translation>
            <numerusform>This kiosk&apos;s clock is %n minute ahead of core&apos;s. Receipts carry the kiosk&apos;s time: have the clock corrected.</numerusform>
            <numerusform>This kiosk&apos;s clock is %n minutes ahead of core&apos;s. Receipts carry the kiosk&apos;s time: have the clock corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This kiosk&apos;s clock is %n minute(s) behind core&apos;s. Receipts carry the kiosk&apos;s time: have the clock corrected.</source>
        <translation>
            <numerusform>This kiosk&apos;s clock is %n minute behind core&apos;s. Receipts carry the kiosk&apos;s time: have the clock corrected.</numerusform>
            <numerusform>This kiosk&apos;s clock is %n minutes behind core&apos;s. Receipts carry the kiosk&apos;s time: have the clock corrected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card payments waiting for core&apos;s answer: %1. They are resolved with core when the kiosk starts; never charge the customer again for them.</source>
        <translation>Card payments waiting for core&apos;s answer: %1. They are resolved with core when the kiosk starts; never charge the customer again for them.</translation>
    </message>
    <message>
        <source>Sign in first: the audit log records who sent a request again.</source>
        <translation>Sign in first: the audit log records who sent a request again.</translation>
    </message>
    <message>
        <source>Sign in first: the audit log records who switched care mode on.</source>
        <translation>Sign in first: the audit log records who switched care mode on.</translation>
    </message>
    <message>
        <source>anti-fraud rules</source>
        <translation>anti-fraud rules</translation>
    </message>
    <message>
        <source>anti-fraud watch list</source>
        <translation>anti-fraud watch list</translation>
    </message>
</context>
<context>
    <name>branch::StaffRoles</name>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Branch administrator</source>
        <translation>Branch administrator</translation>
    </message>
    <message>
        <source>Remote teller</source>
        <translation>Remote teller</translation>
    </message>
</context>
<context>
    <name>branch::StaffSignIn</name>
    <message>
        <source>Enter your staff id as it is on your badge.</source>
        <translation>Enter your staff id as it is on your badge.</translation>
    </message>
    <message>
        <source>Enter your password or PIN.</source>
        <translation>Enter your password or PIN.</translation>
    </message>
    <message>
        <source>The staff id or the password is wrong.</source>
        <translation>The staff id or the password is wrong.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after %n wrong passwords. Ask your branch administrator to reset it.</source>
        <translation>
            <numerusform>This account is locked after %n wrong password. Ask your branch administrator to reset it.</numerusform>
            <numerusform>This account is locked after %n wrong passwords. Ask your branch administrator to reset it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Core cannot be reached, and you have not signed in on this kiosk before. Try again when the network is back.</source>
        <translation>Core cannot be reached, and you have not signed in on this kiosk before. Try again when the network is back.</translation>
    </message>
    <message numerus="yes">
        <source>Core cannot be reached, and your offline sign-in on this kiosk has expired (after %n days). Sign in when the network is back.</source>
        <translation>
            <numerusform>Core cannot be reached, and your offline sign-in on this kiosk has expired (after %n day). Sign in when the network is back.</numerusform>
            <numerusform>Core cannot be reached, and your offline sign-in on this kiosk has expired (after %n days). Sign in when the network is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Core refused this kiosk. Ask your branch administrator to check its enrolment.</source>
        <translation>Core refused this kiosk. Ask your branch administrator to check its enrolment.</translation>
    </message>
    <message>
        <source>The sign-in could not be kept on this kiosk. Try again.</source>
        <translation>The sign-in could not be kept on this kiosk. Try again.</translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation>Sign-in failed (%1).</translation>
    </message>
</context>
<context>
    <name>branch::StaffSignInController</name>
    <message>
        <source>%1 (%2) · %3 · branch %4</source>
        <translation>%1 (%2) · %3 · branch %4</translation>
    </message>
</context>
<context>
    <name>branch::StoreAccess</name>
    <message>
        <source>Set aside at %1. What could be read was saved: see &quot;branchctl store salvage-report&quot;.</source>
        <translation>Set aside at %1. What could be read was saved: see &quot;branchctl store salvage-report&quot;.</translation>
    </message>
</context>
<context>
    <name>branch::StoreCommand</name>
    <message>
        <source>Show what was saved from a damaged local database</source>
        <translation>Show what was saved from a damaged local database</translation>
    </message>
    <message>
        <source>Usage: branchctl store salvage-report [--database &lt;path&gt;] [--json]

  salvage-report  after a damaged database was set aside: what was saved into the new one,
                  what was lost, and where receipt numbers continue. Only reads.
  --database      the kiosk database (default: %1)
  --json          one line per report, newest first

Exit codes: 0 done, 2 usage error, 3 the database could not be read.</source>
        <translation>Usage: branchctl store salvage-report [--database &lt;path&gt;] [--json]

  salvage-report  after a damaged database was set aside: what was saved into the new one,
                  what was lost, and where receipt numbers continue. Only reads.
  --database      the kiosk database (default: %1)
  --json          one line per report, newest first

Exit codes: 0 done, 2 usage error, 3 the database could not be read.</translation>
    </message>
    <message>
        <source>Salvage %1, %2</source>
        <translation>Salvage %1, %2</translation>
    </message>
    <message>
        <source>Damaged database kept at: %1</source>
        <translation>Damaged database kept at: %1</translation>
    </message>
    <message>
        <source>%1: %2 saved, %3 lost</source>
        <translation>%1: %2 saved, %3 lost</translation>
    </message>
    <message>
        <source>Receipt numbers continue from %1 each day, so none is issued twice.</source>
        <translation>Receipt numbers continue from %1 each day, so none is issued twice.</translation>
    </message>
    <message>
        <source>Receipt %1: the request was lost; follow it up with the customer.</source>
        <translation>Receipt %1: the request was lost; follow it up with the customer.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help store&quot;.</source>
        <translation>Unknown or incomplete option %1. Run &quot;branchctl help store&quot;.</translation>
    </message>
    <message>
        <source>The only action is &quot;salvage-report&quot;.</source>
        <translation>The only action is &quot;salvage-report&quot;.</translation>
    </message>
    <message>
        <source>No damaged database has been set aside here.</source>
        <translation>No damaged database has been set aside here.</translation>
    </message>
</context>
<context>
    <name>branch::SubmitCommand</name>
    <message>
        <source>Store a service request from a file of answers, as the kiosk does</source>
        <translation>Store a service request from a file of answers, as the kiosk does</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help submit&quot;.</source>
        <translation>Unknown or incomplete option %1. Run &quot;branchctl help submit&quot;.</translation>
    </message>
    <message>
        <source>A kiosk code is 2 to 12 upper-case letters and digits.</source>
        <translation>A kiosk code is 2 to 12 upper-case letters and digits.</translation>
    </message>
    <message>
        <source>The amount could not be worked out.</source>
        <translation>The amount could not be worked out.</translation>
    </message>
    <message>
        <source>Stored. Receipt number: %1</source>
        <translation>Stored. Receipt number: %1</translation>
    </message>
    <message>
        <source>Usage: branchctl submit &lt;service-id&gt; --data &lt;file.json&gt; [--database &lt;path&gt;]
                        [--kiosk-code &lt;code&gt;] [--accept-warnings] [--json]
                        [--prefill &lt;reference&gt;] [--dev-insecure-secrets &lt;dir&gt;]

  --data                  a JSON object of field ids and values
  --database              the kiosk database (default: %1)
  --kiosk-code            first part of the receipt number (default: %2)
  --accept-warnings       store answers that only need confirmation
  --prefill               the e-Tongban prefill this completes (its 32-hex reference,
                          from &quot;branchctl prefill read&quot;); core marks it used
  --json                  print one line: {&quot;service&quot;:...,&quot;receipt&quot;:...}
  --dev-insecure-secrets  DEVELOPMENT ONLY: keys as files in &lt;dir&gt;, not the keychain

Exit codes: 0 stored, 1 invalid, 4 needs confirmation, 2 usage error, 3 store failure.</source>
        <translation>Usage: branchctl submit &lt;service-id&gt; --data &lt;file.json&gt; [--database &lt;path&gt;]
                        [--kiosk-code &lt;code&gt;] [--accept-warnings] [--json]
                        [--prefill &lt;reference&gt;] [--dev-insecure-secrets &lt;dir&gt;]

  --data                  a JSON object of field ids and values
  --database              the kiosk database (default: %1)
  --kiosk-code            first part of the receipt number (default: %2)
  --accept-warnings       store answers that only need confirmation
  --prefill               the e-Tongban prefill this completes (its 32-hex reference,
                          from &quot;branchctl prefill read&quot;); core marks it used
  --json                  print one line: {&quot;service&quot;:...,&quot;receipt&quot;:...}
  --dev-insecure-secrets  DEVELOPMENT ONLY: keys as files in &lt;dir&gt;, not the keychain

Exit codes: 0 stored, 1 invalid, 4 needs confirmation, 2 usage error, 3 store failure.</translation>
    </message>
    <message>
        <source>A prefill reference is 32 lower-case hexadecimal characters, as &quot;branchctl prefill read&quot; prints it.</source>
        <translation>A prefill reference is 32 lower-case hexadecimal characters, as &quot;branchctl prefill read&quot; prints it.</translation>
    </message>
</context>
<context>
    <name>branch::SupervisorApproval</name>
    <message>
        <source>Enter the supervisor&apos;s staff id: a letter followed by letters or digits.</source>
        <translation>Enter the supervisor&apos;s staff id: a letter followed by letters or digits.</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s PIN or password.</source>
        <translation>Enter the supervisor&apos;s PIN or password.</translation>
    </message>
    <message>
        <source>Dual control: the staff member who entered this transaction cannot authorize it. Please ask another supervisor.</source>
        <translation>Dual control: the staff member who entered this transaction cannot authorize it. Please ask another supervisor.</translation>
    </message>
    <message>
        <source>The staff id or the secret is wrong. After five wrong secrets in a row the account is locked.</source>
        <translation>The staff id or the secret is wrong. After five wrong secrets in a row the account is locked.</translation>
    </message>
    <message>
        <source>This staff account is locked after too many wrong secrets. An administrator must reset it.</source>
        <translation>This staff account is locked after too many wrong secrets. An administrator must reset it.</translation>
    </message>
    <message>
        <source>Only a supervisor or a branch administrator can authorize this transaction.</source>
        <translation>Only a supervisor or a branch administrator can authorize this transaction.</translation>
    </message>
    <message>
        <source>Core says this transaction needs no authorization. Please go back and check the amount.</source>
        <translation>Core says this transaction needs no authorization. Please go back and check the amount.</translation>
    </message>
    <message>
        <source>An authorization needs the bank&apos;s system, which cannot be reached now. Please complete this transaction at the counter.</source>
        <translation>An authorization needs the bank&apos;s system, which cannot be reached now. Please complete this transaction at the counter.</translation>
    </message>
    <message>
        <source>The bank&apos;s system refused this authorization request. Please ask at the counter.</source>
        <translation>The bank&apos;s system refused this authorization request. Please ask at the counter.</translation>
    </message>
    <message>
        <source>The authorization from the bank&apos;s system could not be verified, so it was not accepted. Please ask at the counter.</source>
        <translation>The authorization from the bank&apos;s system could not be verified, so it was not accepted. Please ask at the counter.</translation>
    </message>
</context>
<context>
    <name>branch::SyncCommand</name>
    <message>
        <source>Deliver the outbox to core, or show the delivery status</source>
        <translation>Deliver the outbox to core, or show the delivery status</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help sync&quot;.</source>
        <translation>Unknown or incomplete option %1. Run &quot;branchctl help sync&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument.</source>
        <translation>Unexpected argument.</translation>
    </message>
    <message>
        <source>Use &quot;sync run&quot; or &quot;sync status&quot;.</source>
        <translation>Use &quot;sync run&quot; or &quot;sync status&quot;.</translation>
    </message>
    <message>
        <source>A numeric option is out of range.</source>
        <translation>A numeric option is out of range.</translation>
    </message>
    <message>
        <source>No core address: enrol the device, or give --core and --ca.</source>
        <translation>No core address: enrol the device, or give --core and --ca.</translation>
    </message>
    <message>
        <source>The core address or CA file cannot be used.</source>
        <translation>The core address or CA file cannot be used.</translation>
    </message>
    <message>
        <source>Sent %1, acknowledged %2, rejected %3; %4 pending, %5 awaiting an answer.</source>
        <translation>Sent %1, acknowledged %2, rejected %3; %4 pending, %5 awaiting an answer.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message>
        <source>Pending %1, sent %2, acknowledged %3, rejected %4.</source>
        <translation>Pending %1, sent %2, acknowledged %3, rejected %4.</translation>
    </message>
    <message>
        <source>Core: online</source>
        <translation>Core: online</translation>
    </message>
    <message>
        <source>Core: offline</source>
        <translation>Core: offline</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Last success: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Warning: this kiosk&apos;s clock is %1 s away from core&apos;s.</source>
        <translation>Warning: this kiosk&apos;s clock is %1 s away from core&apos;s.</translation>
    </message>
    <message>
        <source>Usage: branchctl sync run [--until-empty] [--core &lt;url&gt; --ca &lt;file&gt;] [--database &lt;path&gt;]
                          [--dev-insecure-secrets &lt;dir&gt;] [--reference] [--json]
                          [--batch N] [--timeout-ms N] [--retry-base-ms N] [--retry-cap-ms N]
                          [--seed N] [--max-seconds N]
       branchctl sync status [--database &lt;path&gt;] [--json]

  run     resolve entries whose outcome is unknown, then send due entries in batches
          --until-empty  repeat, waiting out backoff, until nothing is pending or sent
          --core, --ca   core&apos;s https URL and the only CA to trust (default: as enrolled)
          --dev-insecure-secrets  DEVELOPMENT ONLY: read the credential from this directory
          --reference    also pull catalog, bills, avatar scripts and exchange rates
          --batch        transactions per request, 1 to 500 (default 500)
          --seed         seed for retry jitter (default: random)
  status  counts by state, last success, online, clock skew (no network)

Exit codes: 0 done, 2 usage error, 3 core or the local database failed.</source>
        <translation>Usage: branchctl sync run [--until-empty] [--core &lt;url&gt; --ca &lt;file&gt;] [--database &lt;path&gt;]
                          [--dev-insecure-secrets &lt;dir&gt;] [--reference] [--json]
                          [--batch N] [--timeout-ms N] [--retry-base-ms N] [--retry-cap-ms N]
                          [--seed N] [--max-seconds N]
       branchctl sync status [--database &lt;path&gt;] [--json]

  run     resolve entries whose outcome is unknown, then send due entries in batches
          --until-empty  repeat, waiting out backoff, until nothing is pending or sent
          --core, --ca   core&apos;s https URL and the only CA to trust (default: as enrolled)
          --dev-insecure-secrets  DEVELOPMENT ONLY: read the credential from this directory
          --reference    also pull catalog, bills, avatar scripts and exchange rates
          --batch        transactions per request, 1 to 500 (default 500)
          --seed         seed for retry jitter (default: random)
  status  counts by state, last success, online, clock skew (no network)

Exit codes: 0 done, 2 usage error, 3 core or the local database failed.</translation>
    </message>
    <message>
        <source>Audit log anchored at core up to row %1.</source>
        <translation>Audit log anchored at core up to row %1.</translation>
    </message>
    <message>
        <source>The audit log was not anchored at core: %1</source>
        <translation>The audit log was not anchored at core: %1</translation>
    </message>
</context>
<context>
    <name>branch::SyncStatus</name>
    <message numerus="yes">
        <source>Offline (not set up) — %n waiting</source>
        <translation>
            <numerusform>Offline (not set up) — %n waiting</numerusform>
            <numerusform>Offline (not set up) — %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n request(s) waiting to be sent</source>
        <translation>
            <numerusform>Offline — %n request waiting to be sent</numerusform>
            <numerusform>Offline — %n requests waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>%n refused by core</source>
        <translation>
            <numerusform>%n refused by core</numerusform>
            <numerusform>%n refused by core</numerusform>
        </translation>
    </message>
    <message>
        <source>Press and hold to open the staff page</source>
        <translation>Press and hold to open the staff page</translation>
    </message>
    <message>
        <source>This kiosk is not connected to core. Press and hold to open the staff page</source>
        <translation>This kiosk is not connected to core. Press and hold to open the staff page</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting to be sent</source>
        <translation>
            <numerusform>%n request waiting to be sent</numerusform>
            <numerusform>%n requests waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>This kiosk is not connected to core: requests are kept until it is.</source>
        <translation>This kiosk is not connected to core: requests are kept until it is.</translation>
    </message>
    <message>
        <source>Some services are unavailable</source>
        <translation>Some services are unavailable</translation>
    </message>
    <message>
        <source>Service normal</source>
        <translation>Service normal</translation>
    </message>
</context>
<context>
    <name>branch::ValidateCommand</name>
    <message>
        <source>Unknown option. Run &quot;branchctl help validate&quot;.</source>
        <translation>Unknown option. Run &quot;branchctl help validate&quot;.</translation>
    </message>
    <message>
        <source>Missing the value to check.</source>
        <translation>Missing the value to check.</translation>
    </message>
    <message>
        <source>Too many arguments. Quote a value that contains spaces.</source>
        <translation>Too many arguments. Quote a value that contains spaces.</translation>
    </message>
    <message>
        <source>%1: valid.</source>
        <translation>%1: valid.</translation>
    </message>
    <message>
        <source>%1: needs confirmation. %2 (%3)</source>
        <translation>%1: needs confirmation. %2 (%3)</translation>
    </message>
    <message>
        <source>%1: invalid. %2 (%3)</source>
        <translation>%1: invalid. %2 (%3)</translation>
    </message>
    <message>
        <source>Check an identity document, credit code, bank card or mobile number</source>
        <translation>Check an identity document, credit code, bank card or mobile number</translation>
    </message>
    <message>
        <source>Usage: branchctl validate &lt;id|uscc|card|mobile|passport|foreign_prid|hmt_permit&gt; &lt;value&gt; [--json]

  --json  print one JSON line: {&quot;kind&quot;:...,&quot;status&quot;:...,&quot;reason&quot;:...}

Exit codes: 0 valid, 1 invalid, 4 needs confirmation, 2 usage error.</source>
        <translation>Usage: branchctl validate &lt;id|uscc|card|mobile|passport|foreign_prid|hmt_permit&gt; &lt;value&gt; [--json]

  --json  print one JSON line: {&quot;kind&quot;:...,&quot;status&quot;:...,&quot;reason&quot;:...}

Exit codes: 0 valid, 1 invalid, 4 needs confirmation, 2 usage error.</translation>
    </message>
    <message>
        <source>Missing the kind of value: id, uscc, card, mobile, passport, foreign_prid or hmt_permit.</source>
        <translation>Missing the kind of value: id, uscc, card, mobile, passport, foreign_prid or hmt_permit.</translation>
    </message>
    <message>
        <source>Unknown kind of value. Use id, uscc, card, mobile, passport, foreign_prid or hmt_permit.</source>
        <translation>Unknown kind of value. Use id, uscc, card, mobile, passport, foreign_prid or hmt_permit.</translation>
    </message>
</context>
<context>
    <name>branch::Validation</name>
    <message>
        <source>Resident ID number</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Bank card number</source>
        <translation>Bank card number</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>The value is valid.</source>
        <translation>The value is valid.</translation>
    </message>
    <message>
        <source>Please enter a value.</source>
        <translation>Please enter a value.</translation>
    </message>
    <message>
        <source>The value has too many characters.</source>
        <translation>The value has too many characters.</translation>
    </message>
    <message>
        <source>The value has too few characters.</source>
        <translation>The value has too few characters.</translation>
    </message>
    <message>
        <source>Full-width characters are not accepted. Please switch the keyboard to half-width.</source>
        <translation>Full-width characters are not accepted. Please switch the keyboard to half-width.</translation>
    </message>
    <message>
        <source>Please remove the spaces from the value.</source>
        <translation>Please remove the spaces from the value.</translation>
    </message>
    <message>
        <source>The value contains characters that are not allowed.</source>
        <translation>The value contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>15-digit ID numbers are no longer accepted. Please use the 18-digit number.</source>
        <translation>15-digit ID numbers are no longer accepted. Please use the 18-digit number.</translation>
    </message>
    <message>
        <source>The first two digits are not a valid province code.</source>
        <translation>The first two digits are not a valid province code.</translation>
    </message>
    <message>
        <source>The date of birth in the ID number is before 1900.</source>
        <translation>The date of birth in the ID number is before 1900.</translation>
    </message>
    <message>
        <source>The date of birth in the ID number is in the future.</source>
        <translation>The date of birth in the ID number is in the future.</translation>
    </message>
    <message>
        <source>The first character is not a valid registration authority code.</source>
        <translation>The first character is not a valid registration authority code.</translation>
    </message>
    <message>
        <source>The second character is not a valid organisation category.</source>
        <translation>The second character is not a valid organisation category.</translation>
    </message>
    <message>
        <source>Characters 3 to 8 must be a numeric region code.</source>
        <translation>Characters 3 to 8 must be a numeric region code.</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 13 to 19.</source>
        <translation>A mainland mobile number starts with 13 to 19.</translation>
    </message>
    <message>
        <source>Only mainland China numbers (+86) are accepted.</source>
        <translation>Only mainland China numbers (+86) are accepted.</translation>
    </message>
    <message>
        <source>Thousands separators must separate groups of three digits.</source>
        <translation>Thousands separators must separate groups of three digits.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation>Amounts in different currencies cannot be combined.</translation>
    </message>
    <message>
        <source>The currency code is not valid.</source>
        <translation>The currency code is not valid.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>The value is not valid.</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID number</source>
        <translation>Foreign permanent resident ID number</translation>
    </message>
    <message>
        <source>Hong Kong, Macao and Taiwan residence permit number</source>
        <translation>Hong Kong, Macao and Taiwan residence permit number</translation>
    </message>
    <message>
        <source>Characters 7 to 14 are the date of birth (YYYYMMDD), and this is not a real date.</source>
        <translation>Characters 7 to 14 are the date of birth (YYYYMMDD), and this is not a real date.</translation>
    </message>
    <message>
        <source>This number does not add up. Please compare it with your document, character by character.</source>
        <translation>This number does not add up. Please compare it with your document, character by character.</translation>
    </message>
    <message>
        <source>Please enter an amount in yuan, like 120.50.</source>
        <translation>Please enter an amount in yuan, like 120.50.</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places, like 120.50.</source>
        <translation>An amount has at most two decimal places, like 120.50.</translation>
    </message>
    <message>
        <source>digits and capital letters</source>
        <translation>digits and capital letters</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>digits</translation>
    </message>
    <message>
        <source>letters and digits</source>
        <translation>letters and digits</translation>
    </message>
    <message>
        <source>digits, with X allowed as the last character</source>
        <translation>digits, with X allowed as the last character</translation>
    </message>
    <message>
        <source>%1 should be %2 characters long.</source>
        <translation>%1 should be %2 characters long.</translation>
    </message>
    <message>
        <source>%1 should be %2 to %3 characters long.</source>
        <translation>%1 should be %2 to %3 characters long.</translation>
    </message>
    <message>
        <source>%1 should be %2 characters long; you entered %3.</source>
        <translation>%1 should be %2 characters long; you entered %3.</translation>
    </message>
    <message>
        <source>%1 should be %2 to %3 characters long; you entered %4.</source>
        <translation>%1 should be %2 to %3 characters long; you entered %4.</translation>
    </message>
    <message>
        <source>A foreign permanent resident ID number starts with 9.</source>
        <translation>A foreign permanent resident ID number starts with 9.</translation>
    </message>
    <message>
        <source>A Hong Kong, Macao or Taiwan residence permit number starts with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan).</source>
        <translation>A Hong Kong, Macao or Taiwan residence permit number starts with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan).</translation>
    </message>
    <message>
        <source>%1 may contain only %2.</source>
        <translation>%1 may contain only %2.</translation>
    </message>
    <message>
        <source>Characters 2 and 3 are the code of the province that issued the card, and this code does not exist.</source>
        <translation>Characters 2 and 3 are the code of the province that issued the card, and this code does not exist.</translation>
    </message>
    <message>
        <source>This is the number of the older card (three letters and twelve digits). Please enter the 18-character number of the 2023 card, or show your card at the counter.</source>
        <translation>This is the number of the older card (three letters and twelve digits). Please enter the 18-character number of the 2023 card, or show your card at the counter.</translation>
    </message>
    <message>
        <source>A passport number has digits in it. Please enter the number, not the name.</source>
        <translation>A passport number has digits in it. Please enter the number, not the name.</translation>
    </message>
    <message>
        <source>%1 does not add up. Please compare it with your document, character by character.</source>
        <translation>%1 does not add up. Please compare it with your document, character by character.</translation>
    </message>
    <message>
        <source>Please compare the number with your card, and confirm it if it is right.</source>
        <translation>Please compare the number with your card, and confirm it if it is right.</translation>
    </message>
</context>
</TS>
