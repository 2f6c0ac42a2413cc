<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConsoleMain</name>
    <message>
        <location filename="../app/console/main.cpp" line="70"/>
        <source>TFDrift Console</source>
        <translation>TFDrift Console</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="71"/>
        <source>%1 has errors. Fix them and start the console again.</source>
        <translation>%1 has errors. Fix them and start the console again.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="112"/>
        <source>Read the Falco endpoints, Terraform states and drift rules from FILE.</source>
        <translation>Read the Falco endpoints, Terraform states and drift rules from FILE.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="144"/>
        <source>%1: falco.enabled is false; no alert sources are started</source>
        <translation>%1: falco.enabled is false; no alert sources are started</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="96"/>
        <source>unknown language &quot;%1&quot;; choose one of: %2</source>
        <translation>unknown language &quot;%1&quot;; choose one of: %2</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="107"/>
        <source>Watch Falco alerts for changes made outside Terraform.</source>
        <translation>Watch Falco alerts for changes made outside Terraform.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="113"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="116"/>
        <source>Watch the built-in demo feed (the default without --config).</source>
        <translation>Watch the built-in demo feed (the default without --config).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="118"/>
        <source>User interface language: en or ja (default: the system&apos;s).</source>
        <translation>User interface language: en or ja (default: the system&apos;s).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="119"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="173"/>
        <source>drift history not kept: %1</source>
        <translation>drift history not kept: %1</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="170"/>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>tfdrift::AlertBodyParser</name>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="39"/>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="59"/>
        <source>expected a JSON object</source>
        <translation>expected a JSON object</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="61"/>
        <source>item %1 (counting from 0): %2</source>
        <translation>item %1 (counting from 0): %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="90"/>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="92"/>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="105"/>
        <source>empty body; expected a Falco alert as JSON</source>
        <translation>empty body; expected a Falco alert as JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="129"/>
        <source>invalid JSON at %1: %2</source>
        <translation>invalid JSON at %1: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::AlertJson</name>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="31"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; must be a string</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="43"/>
        <source>missing &quot;rule&quot;</source>
        <translation>missing &quot;rule&quot;</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="52"/>
        <source>missing &quot;priority&quot;</source>
        <translation>missing &quot;priority&quot;</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="53"/>
        <source>invalid &quot;priority&quot;: expected one of Emergency, Alert, Critical, Error, Warning, Notice, Informational, Debug</source>
        <translation>invalid &quot;priority&quot;: expected one of Emergency, Alert, Critical, Error, Warning, Notice, Informational, Debug</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="63"/>
        <source>missing &quot;time&quot;</source>
        <translation>missing &quot;time&quot;</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="64"/>
        <source>invalid &quot;time&quot;: expected an RFC 3339 timestamp</source>
        <translation>invalid &quot;time&quot;: expected an RFC 3339 timestamp</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="84"/>
        <location filename="../core/falco/AlertJson.cpp" line="90"/>
        <source>&quot;tags&quot; must be an array of strings</source>
        <translation>&quot;tags&quot; must be an array of strings</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="98"/>
        <source>&quot;output_fields&quot; must be an object</source>
        <translation>&quot;output_fields&quot; must be an object</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="117"/>
        <source>expected a JSON object</source>
        <translation>expected a JSON object</translation>
    </message>
</context>
<context>
    <name>tfdrift::AlertTableModel</name>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="132"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="133"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="134"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="137"/>
        <source>Source</source>
        <extracomment>Falco&apos;s event source, e.g. aws_cloudtrail or syscall</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="140"/>
        <source>Endpoint</source>
        <extracomment>The configured Falco endpoint that delivered the alert</extracomment>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="141"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="144"/>
        <source>Output</source>
        <extracomment>Falco&apos;s formatted alert message</extracomment>
        <translation>Output</translation>
    </message>
</context>
<context>
    <name>tfdrift::AppConfig</name>
    <message>
        <location filename="../core/config/AppConfig.cpp" line="73"/>
        <source>&quot;state_refresh_interval&quot; must be 0 (no periodic reload) or at least 1s</source>
        <translation>&quot;state_refresh_interval&quot; must be 0 (no periodic reload) or at least 1s</translation>
    </message>
    <message>
        <location filename="../core/config/AppConfig.cpp" line="141"/>
        <source>&quot;mappings&quot; must be a list of catalog files</source>
        <translation>&quot;mappings&quot; must be a list of catalog files</translation>
    </message>
    <message>
        <location filename="../core/config/AppConfig.cpp" line="152"/>
        <source>mapping catalog %1 does not exist</source>
        <translation>mapping catalog %1 does not exist</translation>
    </message>
</context>
<context>
    <name>tfdrift::AttributeDiffModel</name>
    <message numerus="yes">
        <location filename="../models/AttributeDiffModel.cpp" line="82"/>
        <source>(%n more line(s))</source>
        <extracomment>Shown below the first lines of a long value in the attribute diff; the tooltip has all of it</extracomment>
        <translation>
            <numerusform>(%n more line(s))</numerusform>
            <numerusform>(%n more line(s))</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/AttributeDiffModel.cpp" line="97"/>
        <source>(absent)</source>
        <extracomment>An attribute value missing on one side of the diff (not in state, or not set by the call)</extracomment>
        <translation>(absent)</translation>
    </message>
    <message>
        <location filename="../models/AttributeDiffModel.cpp" line="99"/>
        <source>(unknown)</source>
        <extracomment>An attribute value that neither the state nor the cloud call reveals</extracomment>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../models/AttributeDiffModel.cpp" line="251"/>
        <source>Attribute</source>
        <extracomment>Terraform attribute name</extracomment>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../models/AttributeDiffModel.cpp" line="254"/>
        <source>In Terraform state</source>
        <extracomment>The attribute&apos;s value as Terraform state records it</extracomment>
        <translation>In Terraform state</translation>
    </message>
    <message>
        <location filename="../models/AttributeDiffModel.cpp" line="257"/>
        <source>New value</source>
        <extracomment>The attribute&apos;s value set by the cloud API call</extracomment>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>tfdrift::AttributeTitle</name>
    <message>
        <location filename="../models/AttributeTitle.cpp" line="14"/>
        <source>(modified out of band)</source>
        <extracomment>In place of an attribute name: the call changed the resource, but not in a way that names an attribute</extracomment>
        <translation>(modified out of band)</translation>
    </message>
</context>
<context>
    <name>tfdrift::CaptureFile</name>
    <message>
        <location filename="../core/capture/CaptureFile.cpp" line="45"/>
        <location filename="../core/capture/CaptureFile.cpp" line="53"/>
        <source>Cannot read “%1”: %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::ConfigDocument</name>
    <message>
        <location filename="../core/config/ConfigDocument.cpp" line="41"/>
        <source>config file must be a mapping of sections (falco:, providers:, ...)</source>
        <translation>config file must be a mapping of sections (falco:, providers:, ...)</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDocument.cpp" line="52"/>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::ConfigValueReader</name>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="26"/>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="69"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="126"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="140"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="152"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="195"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="206"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="223"/>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; must be %2</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="77"/>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="83"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="91"/>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; must not be empty</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="102"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="109"/>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>&quot;%1&quot; must be a list of strings</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="124"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="146"/>
        <source>a duration such as &quot;100ms&quot;, &quot;30s&quot; or &quot;5m&quot;</source>
        <translation>a duration such as &quot;100ms&quot;, &quot;30s&quot; or &quot;5m&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="161"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; must be a whole number</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="179"/>
        <source>&quot;%1&quot; must be between %2 and %3</source>
        <translation>&quot;%1&quot; must be between %2 and %3</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="231"/>
        <source>&quot;%1&quot; must be a mapping of keys to values</source>
        <translation>&quot;%1&quot; must be a mapping of keys to values</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="245"/>
        <source>&quot;%1&quot; appears twice in %2; keep only one</source>
        <translation>&quot;%1&quot; appears twice in %2; keep only one</translation>
    </message>
</context>
<context>
    <name>tfdrift::ConnectionProbe</name>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="79"/>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="111"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="88"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="101"/>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="106"/>
        <source>Connected: this server does not report its Falco version</source>
        <translation>Connected: this server does not report its Falco version</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="102"/>
        <source>Connected: Falco %1</source>
        <translation>Connected: Falco %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/ConnectionProbe.cpp" line="109"/>
        <source>No answer from %1 within %n s</source>
        <translation>
            <numerusform>No answer from %1 within %n s</numerusform>
            <numerusform>No answer from %1 within %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="179"/>
        <source>Listen address %1 is not valid: %2</source>
        <translation>Listen address %1 is not valid: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="184"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Cannot listen on %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="187"/>
        <source>Can listen on %1</source>
        <translation>Can listen on %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="194"/>
        <source>No replay file given</source>
        <translation>No replay file given</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="197"/>
        <source>Replay file %1 does not exist</source>
        <translation>Replay file %1 does not exist</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="199"/>
        <source>%1 is a folder, not a replay file</source>
        <translation>%1 is a folder, not a replay file</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="202"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="214"/>
        <source>%1 holds no alerts</source>
        <translation>%1 holds no alerts</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="216"/>
        <source>Readable: line %1 is an alert of rule &quot;%2&quot;</source>
        <translation>Readable: line %1 is an alert of rule &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>tfdrift::ConnectionState</name>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="18"/>
        <location filename="../core/ingest/ConnectionState.cpp" line="31"/>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="19"/>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="20"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="21"/>
        <source>Listening</source>
        <translation>Listening</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="22"/>
        <source>Retrying</source>
        <translation>Retrying</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="23"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="32"/>
        <source>Connecting to %1</source>
        <translation>Connecting to %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="33"/>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="34"/>
        <source>Listening on %1</source>
        <translation>Listening on %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/ConnectionState.cpp" line="37"/>
        <source>Retrying in %n s: %1</source>
        <translation>
            <numerusform>Retrying in %n s: %1</numerusform>
            <numerusform>Retrying in %n s: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="39"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::CriticalDriftNotifier</name>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="88"/>
        <source>TFDrift Console</source>
        <translation>TFDrift Console</translation>
    </message>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="116"/>
        <source>Critical drift</source>
        <translation>Critical drift</translation>
    </message>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="116"/>
        <source>%L1 critical drift events</source>
        <translation>%L1 critical drift events</translation>
    </message>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="120"/>
        <source>%1: %2</source>
        <comment>change kind: resource</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="123"/>
        <source>By an unknown user</source>
        <translation>By an unknown user</translation>
    </message>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="123"/>
        <source>By %1</source>
        <comment>who made the change</comment>
        <translation>By %1</translation>
    </message>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="126"/>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="128"/>
        <source>and %L1 more</source>
        <translation>and %L1 more</translation>
    </message>
</context>
<context>
    <name>tfdrift::DemoFalco</name>
    <message>
        <location filename="../core/emulator/DemoFalco.cpp" line="30"/>
        <source>the built-in demo feed is not available</source>
        <translation>the built-in demo feed is not available</translation>
    </message>
</context>
<context>
    <name>tfdrift::DemoFeedSource</name>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="71"/>
        <source>the built-in demo feed</source>
        <translation>the built-in demo feed</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="75"/>
        <source>the demo feed needs %1, which is missing or not executable</source>
        <translation>the demo feed needs %1, which is missing or not executable</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="83"/>
        <source>cannot create a folder for the demo feed&apos;s socket: %1</source>
        <translation>cannot create a folder for the demo feed&apos;s socket: %1</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="116"/>
        <source>the emulator did not open its socket within %1 s</source>
        <translation>the emulator did not open its socket within %1 s</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="138"/>
        <location filename="../ui/DemoFeedSource.cpp" line="140"/>
        <source>the built-in emulator</source>
        <translation>the built-in emulator</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="167"/>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="174"/>
        <source>the emulator crashed</source>
        <translation>the emulator crashed</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="175"/>
        <source>the emulator exited with code %1</source>
        <translation>the emulator exited with code %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftChartsDock</name>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="454"/>
        <location filename="../ui/DriftChartsDock.cpp" line="545"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="531"/>
        <location filename="../ui/DriftChartsDock.cpp" line="545"/>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="546"/>
        <source>No drift events</source>
        <translation>No drift events</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DriftChartsDock.cpp" line="558"/>
        <source>%1: %2 of %n drift event(s)</source>
        <translation>
            <numerusform>%1: %2 of %n drift event(s)</numerusform>
            <numerusform>%1: %2 of %n drift event(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="561"/>
        <source>Click to filter the table by this severity.</source>
        <translation>Click to filter the table by this severity.</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="572"/>
        <source>(unknown: the events have no value)</source>
        <translation>(unknown: the events have no value)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DriftChartsDock.cpp" line="573"/>
        <source>%n drift event(s)</source>
        <translation>
            <numerusform>%n drift event(s)</numerusform>
            <numerusform>%n drift event(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="574"/>
        <source>Click to filter the table by this value.</source>
        <translation>Click to filter the table by this value.</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="600"/>
        <source>Drift charts</source>
        <translation>Drift charts</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="601"/>
        <source>&amp;Range:</source>
        <translation>&amp;Range:</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="602"/>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="603"/>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="604"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="605"/>
        <source>Time range of the drift chart</source>
        <translation>Time range of the drift chart</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="607"/>
        <source>Drift over time</source>
        <translation>Drift over time</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="608"/>
        <source>Drift over time by severity</source>
        <translation>Drift over time by severity</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="612"/>
        <source>Top resource types</source>
        <translation>Top resource types</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="612"/>
        <source>Top users</source>
        <translation>Top users</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="612"/>
        <source>Top accounts</source>
        <translation>Top accounts</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftDetailPane</name>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="356"/>
        <source>%1 · %2 · %3</source>
        <comment>Detail pane heading: severity, change kind, resource</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="408"/>
        <source>The resource was deleted: no attribute changes to show.</source>
        <translation>The resource was deleted: no attribute changes to show.</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="409"/>
        <source>No attribute changes are known for this event.</source>
        <translation>No attribute changes are known for this event.</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="420"/>
        <source>No Terraform state is loaded, so the resource cannot be looked up.</source>
        <translation>No Terraform state is loaded, so the resource cannot be looked up.</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="427"/>
        <source>The current Terraform state no longer has %1 (state &quot;%2&quot;): it may have been removed or renamed since the event.</source>
        <translation>The current Terraform state no longer has %1 (state &quot;%2&quot;): it may have been removed or renamed since the event.</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="431"/>
        <source>Not managed by Terraform: the event names no resource to look up.</source>
        <translation>Not managed by Terraform: the event names no resource to look up.</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="433"/>
        <source>Not managed by Terraform: no loaded state has %1 &quot;%2&quot;.</source>
        <translation>Not managed by Terraform: no loaded state has %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="441"/>
        <source>When the event happened this resource was %1 in state &quot;%2&quot;; the current state has it as shown below.</source>
        <translation>When the event happened this resource was %1 in state &quot;%2&quot;; the current state has it as shown below.</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="510"/>
        <source>Changes to %1:</source>
        <extracomment>First line of the attribute diff copied to the clipboard; %1 is the Terraform address or cloud id</extracomment>
        <translation>Changes to %1:</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="528"/>
        <source>Select a drift event to see its details.</source>
        <translation>Select a drift event to see its details.</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="529"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="531"/>
        <source>Changes</source>
        <extracomment>Tab with the attribute diff of a drift event</extracomment>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="533"/>
        <location filename="../ui/DriftDetailPane.cpp" line="645"/>
        <source>Terraform state</source>
        <extracomment>Tab with the resource as the current Terraform state has it
----------
Name of the configured Terraform state that manages the resource</extracomment>
        <translation>Terraform state</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="535"/>
        <source>Raw alert</source>
        <extracomment>Tab with the Falco alert as Falco sent it</extracomment>
        <translation>Raw alert</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="545"/>
        <source>Copy JSON</source>
        <extracomment>Button: copy the drift event as JSON</extracomment>
        <translation>Copy JSON</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="545"/>
        <source>Copy the drift event as JSON</source>
        <translation>Copy the drift event as JSON</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="547"/>
        <source>Copy alert</source>
        <extracomment>Button: copy the Falco alert as JSON</extracomment>
        <translation>Copy alert</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="547"/>
        <source>Copy the raw Falco alert as JSON</source>
        <translation>Copy the raw Falco alert as JSON</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="549"/>
        <source>Copy address</source>
        <translation>Copy address</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="550"/>
        <source>Copy the Terraform address, or the cloud resource id when no state manages the resource</source>
        <translation>Copy the Terraform address, or the cloud resource id when no state manages the resource</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="551"/>
        <source>Copy diff</source>
        <translation>Copy diff</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="551"/>
        <source>Copy the attribute changes as plain text</source>
        <translation>Copy the attribute changes as plain text</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="552"/>
        <source>Copy the drift event</source>
        <translation>Copy the drift event</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="559"/>
        <source>Attribute changes</source>
        <translation>Attribute changes</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="561"/>
        <source>Address</source>
        <extracomment>Where the Terraform state has the resource, e.g. module.net.aws_security_group.ssh[0]</extracomment>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="563"/>
        <source>State</source>
        <extracomment>Name of the configured Terraform state</extracomment>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="564"/>
        <location filename="../ui/DriftDetailPane.cpp" line="636"/>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="566"/>
        <source>Provider</source>
        <extracomment>Terraform provider, e.g. registry.terraform.io/hashicorp/aws</extracomment>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="568"/>
        <source>Masked attributes</source>
        <extracomment>Attributes whose values the state marks sensitive; they are never shown</extracomment>
        <translation>Masked attributes</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="569"/>
        <source>Terraform state attributes</source>
        <translation>Terraform state attributes</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="570"/>
        <source>Raw Falco alert</source>
        <translation>Raw Falco alert</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="577"/>
        <location filename="../ui/DriftDetailPane.cpp" line="579"/>
        <source>Expand all</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="577"/>
        <source>Expand all state attributes</source>
        <translation>Expand all state attributes</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="578"/>
        <location filename="../ui/DriftDetailPane.cpp" line="580"/>
        <source>Collapse all</source>
        <translation>Collapse all</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="578"/>
        <source>Collapse all state attributes</source>
        <translation>Collapse all state attributes</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="579"/>
        <source>Expand the whole alert</source>
        <translation>Expand the whole alert</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="580"/>
        <source>Collapse the whole alert</source>
        <translation>Collapse the whole alert</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="600"/>
        <source>Drift</source>
        <extracomment>Summary section: how the drift was judged</extracomment>
        <translation>Drift</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="601"/>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="603"/>
        <source>Cloud call</source>
        <extracomment>Summary section: the cloud API call that caused the drift</extracomment>
        <translation>Cloud call</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="605"/>
        <source>Caller</source>
        <extracomment>Summary section: who made the call</extracomment>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="606"/>
        <source>Falco alert</source>
        <translation>Falco alert</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="628"/>
        <source>Detected</source>
        <extracomment>When the console detected the drift, local time</extracomment>
        <translation>Detected</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="629"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="631"/>
        <source>Change</source>
        <extracomment>Modified, created, deleted or unmanaged</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="633"/>
        <source>Excluded</source>
        <extracomment>Whether drift_rules exclude the event&apos;s user</extracomment>
        <translation>Excluded</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="635"/>
        <source>Matched rules</source>
        <extracomment>Names of the drift_rules that matched the event</extracomment>
        <translation>Matched rules</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="638"/>
        <source>Event number</source>
        <extracomment>The console&apos;s sequence number of the drift event</extracomment>
        <translation>Event number</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="640"/>
        <source>Resource type</source>
        <extracomment>Terraform resource type, e.g. aws_instance</extracomment>
        <translation>Resource type</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="642"/>
        <source>Resource id</source>
        <extracomment>The cloud&apos;s id of the resource</extracomment>
        <translation>Resource id</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="643"/>
        <source>Terraform address</source>
        <translation>Terraform address</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="647"/>
        <source>Event time</source>
        <extracomment>When the cloud API call was made, local time</extracomment>
        <translation>Event time</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="649"/>
        <source>Cloud</source>
        <extracomment>AWS or Google Cloud</extracomment>
        <translation>Cloud</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="651"/>
        <source>Account / project</source>
        <extracomment>AWS account id or GCP project</extracomment>
        <translation>Account / project</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="652"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="654"/>
        <source>Event name</source>
        <extracomment>CloudTrail eventName or GCP methodName</extracomment>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="656"/>
        <source>Event source</source>
        <extracomment>CloudTrail eventSource or GCP service name</extracomment>
        <translation>Event source</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="657"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="659"/>
        <source>Identity type</source>
        <extracomment>IAMUser, AssumedRole, AWSService, ...</extracomment>
        <translation>Identity type</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="660"/>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="661"/>
        <source>Source IP</source>
        <translation>Source IP</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="662"/>
        <source>User agent</source>
        <translation>User agent</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="663"/>
        <source>Falco rule</source>
        <translation>Falco rule</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="665"/>
        <source>Priority</source>
        <extracomment>Falco priority, e.g. Warning</extracomment>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="667"/>
        <source>Falco source</source>
        <extracomment>Falco event source, e.g. aws_cloudtrail</extracomment>
        <translation>Falco source</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="669"/>
        <source>Endpoint</source>
        <extracomment>The configured Falco endpoint that delivered the alert</extracomment>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="671"/>
        <source>Falco host</source>
        <extracomment>Host name of the Falco that sent the alert</extracomment>
        <translation>Falco host</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="673"/>
        <source>Alert UUID</source>
        <extracomment>falcosidekick&apos;s id of the alert</extracomment>
        <translation>Alert UUID</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="686"/>
        <source>Yes: excluded by drift_rules; not notified</source>
        <translation>Yes: excluded by drift_rules; not notified</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="688"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="697"/>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="697"/>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftEventJson</name>
    <message>
        <location filename="../core/drift/DriftEventJson.cpp" line="109"/>
        <source>drift event: &quot;%1&quot; is missing or has the wrong type</source>
        <translation>drift event: &quot;%1&quot; is missing or has the wrong type</translation>
    </message>
    <message>
        <location filename="../core/drift/DriftEventJson.cpp" line="166"/>
        <source>drift event: its Falco alert: %1</source>
        <translation>drift event: its Falco alert: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftEventTableModel</name>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="103"/>
        <source>Excluded by drift_rules: kept for the record, not counted as drift and never notified</source>
        <translation>Excluded by drift_rules: kept for the record, not counted as drift and never notified</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="250"/>
        <source>Time</source>
        <extracomment>When the drift was detected, local time</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="251"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="254"/>
        <source>Change</source>
        <extracomment>Modified, created, deleted or unmanaged</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="257"/>
        <source>Resource type</source>
        <extracomment>Terraform resource type, e.g. aws_instance</extracomment>
        <translation>Resource type</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="260"/>
        <source>Resource</source>
        <extracomment>Terraform address, or the cloud resource id when no state manages it</extracomment>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="263"/>
        <source>Attributes</source>
        <extracomment>Names of the attributes that changed</extracomment>
        <translation>Attributes</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="266"/>
        <source>User</source>
        <extracomment>Who made the cloud API call</extracomment>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="269"/>
        <source>Account</source>
        <extracomment>AWS account id or GCP project</extracomment>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="270"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="273"/>
        <source>Source</source>
        <extracomment>The configured Falco endpoint that delivered the alert</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="274"/>
        <source>Falco rule</source>
        <translation>Falco rule</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="282"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="283"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="284"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="287"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="295"/>
        <source>Modified</source>
        <extracomment>A resource managed by Terraform was changed outside Terraform</extracomment>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="296"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="299"/>
        <source>Deleted</source>
        <extracomment>A resource managed by Terraform was deleted outside Terraform</extracomment>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="303"/>
        <source>Unmanaged</source>
        <extracomment>The resource is in no Terraform state</extracomment>
        <translation>Unmanaged</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftEventWriter</name>
    <message>
        <location filename="../core/export/DriftEventExport.cpp" line="164"/>
        <source>the output is not open for writing</source>
        <translation>the output is not open for writing</translation>
    </message>
    <message>
        <location filename="../core/export/DriftEventExport.cpp" line="168"/>
        <source>cannot write the export: %1</source>
        <translation>cannot write the export: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftFilter</name>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="229"/>
        <source>&apos;%1&apos; is not a condition; write a field, an operator and a value, such as severity &gt;= high.</source>
        <translation>&apos;%1&apos; is not a condition; write a field, an operator and a value, such as severity &gt;= high.</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="238"/>
        <source>expected a condition here</source>
        <translation>expected a condition here</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="252"/>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Did you mean &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="265"/>
        <source>transformers such as %1() are not supported in filters</source>
        <translation>transformers such as %1() are not supported in filters</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="269"/>
        <source>unknown field &apos;%1&apos;.</source>
        <translation>unknown field &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="273"/>
        <source>the field %1 takes no [argument]</source>
        <translation>the field %1 takes no [argument]</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="286"/>
        <source>&apos;%1&apos; compares bytes and is not supported in filters; use contains or startswith</source>
        <translation>&apos;%1&apos; compares bytes and is not supported in filters; use contains or startswith</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="290"/>
        <source>%1 has no order; compare it with =, != or in</source>
        <translation>%1 has no order; compare it with =, != or in</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="305"/>
        <source>the comparison has no value</source>
        <translation>the comparison has no value</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="308"/>
        <source>%1() is not supported in filters; compare with a value</source>
        <translation>%1() is not supported in filters; compare with a value</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="331"/>
        <source>&apos;%1&apos; is not a valid %2; expected one of: %3.</source>
        <translation>&apos;%1&apos; is not a valid %2; expected one of: %3.</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="363"/>
        <source>invalid regular expression &apos;%1&apos;: %2</source>
        <translation>invalid regular expression &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="370"/>
        <source>&apos;%1&apos; takes a single value</source>
        <translation>&apos;%1&apos; takes a single value</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="404"/>
        <source>the filter could not be read</source>
        <translation>the filter could not be read</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftFilterBar</name>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="267"/>
        <source>Save Filter</source>
        <translation>Save Filter</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="268"/>
        <source>Save the filter under this name (a saved filter of the same name is replaced):</source>
        <translation>Save the filter under this name (a saved filter of the same name is replaced):</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="271"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="272"/>
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="414"/>
        <source>column %1: %2</source>
        <translation>column %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="442"/>
        <source>Filter drift events in the Falco condition language. Enter applies the filter, Esc clears it, Ctrl+Space completes field names.</source>
        <translation>Filter drift events in the Falco condition language. Enter applies the filter, Esc clears it, Ctrl+Space completes field names.</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="444"/>
        <source>The filter is empty: every drift event is shown.</source>
        <translation>The filter is empty: every drift event is shown.</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="447"/>
        <source>The filter is valid. Press Enter to apply it.</source>
        <translation>The filter is valid. Press Enter to apply it.</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="448"/>
        <source>The filter is valid.</source>
        <translation>The filter is valid.</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="453"/>
        <source>The filter is invalid: %1</source>
        <translation>The filter is invalid: %1</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="460"/>
        <source>Filter drift: severity &gt;= high and resource.type glob &quot;aws_iam_*&quot;</source>
        <translation>Filter drift: severity &gt;= high and resource.type glob &quot;aws_iam_*&quot;</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="461"/>
        <source>Drift filter</source>
        <translation>Drift filter</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="462"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="463"/>
        <source>Apply the filter (Enter)</source>
        <translation>Apply the filter (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="464"/>
        <source>Apply filter</source>
        <translation>Apply filter</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="465"/>
        <location filename="../ui/DriftFilterBar.cpp" line="466"/>
        <source>Recent filters</source>
        <translation>Recent filters</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="467"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="469"/>
        <source>Saved filters: save this filter under a name, or apply one saved before</source>
        <translation>Saved filters: save this filter under a name, or apply one saved before</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="470"/>
        <source>Saved filters</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="471"/>
        <source>Save This Filter…</source>
        <translation>Save This Filter…</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="473"/>
        <source>Save the current filter under a name (only a valid filter can be saved)</source>
        <translation>Save the current filter under a name (only a valid filter can be saved)</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="474"/>
        <source>Remove Saved Filter</source>
        <translation>Remove Saved Filter</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="475"/>
        <source>Forget one of the saved filters</source>
        <translation>Forget one of the saved filters</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="519"/>
        <source>No saved filters</source>
        <translation>No saved filters</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftFilterFields</name>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="70"/>
        <source>Severity: low &lt; medium &lt; high &lt; critical</source>
        <translation>Severity: low &lt; medium &lt; high &lt; critical</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="76"/>
        <source>What happened: modified, created, deleted or unmanaged</source>
        <translation>What happened: modified, created, deleted or unmanaged</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="83"/>
        <source>Terraform resource type</source>
        <translation>Terraform resource type</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="86"/>
        <source>Cloud resource id</source>
        <translation>Cloud resource id</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="90"/>
        <source>Terraform address; missing when unmanaged</source>
        <translation>Terraform address; missing when unmanaged</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="93"/>
        <source>Name of the Terraform state that holds the resource</source>
        <translation>Name of the Terraform state that holds the resource</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="99"/>
        <source>Names of the changed attributes (a list)</source>
        <translation>Names of the changed attributes (a list)</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="107"/>
        <source>Who made the change</source>
        <translation>Who made the change</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="111"/>
        <source>Identity type (IAMUser, AssumedRole, ...)</source>
        <translation>Identity type (IAMUser, AssumedRole, ...)</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="114"/>
        <source>ARN of the caller</source>
        <translation>ARN of the caller</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="117"/>
        <source>IP address of the caller</source>
        <translation>IP address of the caller</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="120"/>
        <source>AWS account id or GCP project</source>
        <translation>AWS account id or GCP project</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="122"/>
        <source>Cloud region</source>
        <translation>Cloud region</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="125"/>
        <source>Cloud provider: aws or gcp</source>
        <translation>Cloud provider: aws or gcp</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="130"/>
        <source>Environment of the Falco source</source>
        <translation>Environment of the Falco source</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="134"/>
        <source>API call: CloudTrail eventName or GCP methodName</source>
        <translation>API call: CloudTrail eventName or GCP methodName</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="137"/>
        <source>Service that received the call</source>
        <translation>Service that received the call</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="140"/>
        <source>Falco rule that fired</source>
        <translation>Falco rule that fired</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="144"/>
        <source>Falco event source (aws_cloudtrail, ...)</source>
        <translation>Falco event source (aws_cloudtrail, ...)</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="148"/>
        <source>Configured Falco source that delivered the alert</source>
        <translation>Configured Falco source that delivered the alert</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="152"/>
        <source>true when the user is excluded by the drift rules</source>
        <translation>true when the user is excluded by the drift rules</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftHistory</name>
    <message>
        <location filename="../core/history/DriftHistory.cpp" line="51"/>
        <source>cannot open the drift history %1: %2</source>
        <translation>cannot open the drift history %1: %2</translation>
    </message>
    <message>
        <location filename="../core/history/DriftHistory.cpp" line="79"/>
        <source>cannot start a transaction</source>
        <translation>cannot start a transaction</translation>
    </message>
    <message>
        <location filename="../core/history/DriftHistory.cpp" line="95"/>
        <source>cannot commit the drift events</source>
        <translation>cannot commit the drift events</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftPane</name>
    <message>
        <location filename="../ui/DriftPane.cpp" line="57"/>
        <source>Drift events</source>
        <translation>Drift events</translation>
    </message>
    <message>
        <location filename="../ui/DriftPane.cpp" line="71"/>
        <source>Filtering…</source>
        <translation>Filtering…</translation>
    </message>
    <message>
        <location filename="../ui/DriftPane.cpp" line="74"/>
        <source>Filtering progress</source>
        <translation>Filtering progress</translation>
    </message>
    <message>
        <location filename="../ui/DriftPane.cpp" line="78"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/DriftPane.cpp" line="79"/>
        <source>Stop filtering and keep the newest matches found so far</source>
        <translation>Stop filtering and keep the newest matches found so far</translation>
    </message>
    <message>
        <location filename="../ui/DriftPane.cpp" line="80"/>
        <source>Cancel filtering</source>
        <translation>Cancel filtering</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftRulesParser</name>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="27"/>
        <source>each drift_rules entry must be a mapping with name, resource_types, ...</source>
        <translation>each drift_rules entry must be a mapping with name, resource_types, ...</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="39"/>
        <source>another drift rule is already named &quot;%1&quot;</source>
        <translation>another drift rule is already named &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="47"/>
        <source>drift rule has no &quot;name&quot;</source>
        <translation>drift rule has no &quot;name&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="56"/>
        <source>&quot;resource_types&quot; must list at least one type or glob; use &quot;*&quot; for every type</source>
        <translation>&quot;resource_types&quot; must list at least one type or glob; use &quot;*&quot; for every type</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="64"/>
        <source>drift rule has no &quot;resource_types&quot;; use [&quot;*&quot;] for every type</source>
        <translation>drift rule has no &quot;resource_types&quot;; use [&quot;*&quot;] for every type</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="74"/>
        <source>&quot;watched_attributes&quot; must list at least one attribute; use &quot;*&quot; for all of them</source>
        <translation>&quot;watched_attributes&quot; must list at least one attribute; use &quot;*&quot; for all of them</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="121"/>
        <source>&quot;drift_rules&quot; must be a list of rules</source>
        <translation>&quot;drift_rules&quot; must be a list of rules</translation>
    </message>
</context>
<context>
    <name>tfdrift::EnvExpansion</name>
    <message>
        <location filename="../core/config/EnvExpansion.cpp" line="52"/>
        <source>malformed ${...}: expected ${NAME} with letters, digits and underscores</source>
        <translation>malformed ${...}: expected ${NAME} with letters, digits and underscores</translation>
    </message>
    <message>
        <location filename="../core/config/EnvExpansion.cpp" line="62"/>
        <source>environment variable %1 is not set</source>
        <translation>environment variable %1 is not set</translation>
    </message>
</context>
<context>
    <name>tfdrift::FalcoConfig</name>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="63"/>
        <source>&quot;endpoints&quot; must be a list</source>
        <translation>&quot;endpoints&quot; must be a list</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="119"/>
        <source>&quot;name&quot; must not be empty</source>
        <translation>&quot;name&quot; must not be empty</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="123"/>
        <source>another endpoint is already named &quot;%1&quot;</source>
        <translation>another endpoint is already named &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="127"/>
        <source>endpoint has no &quot;name&quot;</source>
        <translation>endpoint has no &quot;name&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="134"/>
        <source>give either &quot;address&quot; or &quot;socket&quot;, not both</source>
        <translation>give either &quot;address&quot; or &quot;socket&quot;, not both</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="150"/>
        <source>&quot;poll_interval&quot; must be between 10ms and 10s</source>
        <translation>&quot;poll_interval&quot; must be between 10ms and 10s</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="164"/>
        <source>&quot;bearer_token&quot; is a secret written in plain text; use ${ENV_VAR} so it stays out of the file</source>
        <translation>&quot;bearer_token&quot; is a secret written in plain text; use ${ENV_VAR} so it stays out of the file</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="175"/>
        <source>&quot;environment&quot; must be production, staging or development</source>
        <translation>&quot;environment&quot; must be production, staging or development</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="199"/>
        <source>&quot;transport&quot; must be grpc, http or replay</source>
        <translation>&quot;transport&quot; must be grpc, http or replay</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="235"/>
        <source>gRPC endpoint &quot;%1&quot; needs &quot;address&quot; (host:port) or &quot;socket&quot;</source>
        <translation>gRPC endpoint &quot;%1&quot; needs &quot;address&quot; (host:port) or &quot;socket&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="242"/>
        <source>&quot;%1&quot; is not a host:port address</source>
        <translation>&quot;%1&quot; is not a host:port address</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="250"/>
        <source>gRPC over TCP needs mutual TLS: set ca_root_file, cert_file and key_file (Falco only serves TCP with mTLS), or insecure: true for a local test server</source>
        <translation>gRPC over TCP needs mutual TLS: set ca_root_file, cert_file and key_file (Falco only serves TCP with mTLS), or insecure: true for a local test server</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="264"/>
        <source>HTTPS needs both cert_file and key_file</source>
        <translation>HTTPS needs both cert_file and key_file</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="270"/>
        <source>replay endpoint &quot;%1&quot; needs &quot;file&quot;</source>
        <translation>replay endpoint &quot;%1&quot; needs &quot;file&quot;</translation>
    </message>
</context>
<context>
    <name>tfdrift::FalcoEmulator</name>
    <message>
        <location filename="../core/emulator/FalcoEmulator.cpp" line="117"/>
        <source>the emulator is already running</source>
        <translation>the emulator is already running</translation>
    </message>
    <message>
        <location filename="../core/emulator/FalcoEmulator.cpp" line="130"/>
        <source>TCP needs mutual TLS (--tls-ca, --tls-cert, --tls-key) or --insecure: %1</source>
        <translation>TCP needs mutual TLS (--tls-ca, --tls-cert, --tls-key) or --insecure: %1</translation>
    </message>
    <message>
        <location filename="../core/emulator/FalcoEmulator.cpp" line="150"/>
        <source>cannot listen on %1</source>
        <translation>cannot listen on %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::FieldCatalog</name>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="86"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML syntax error: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="99"/>
        <source>a field catalog is a mapping with &quot;schema&quot;, &quot;source&quot; and &quot;fields&quot; (or &quot;groups&quot;)</source>
        <translation>a field catalog is a mapping with &quot;schema&quot;, &quot;source&quot; and &quot;fields&quot; (or &quot;groups&quot;)</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="103"/>
        <source>the field catalog</source>
        <translation>the field catalog</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="106"/>
        <source>the field catalog has no &quot;schema&quot; (expected 1)</source>
        <translation>the field catalog has no &quot;schema&quot; (expected 1)</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="118"/>
        <source>a field catalog has either &quot;source&quot; and &quot;fields&quot; or &quot;groups&quot;, not both</source>
        <translation>a field catalog has either &quot;source&quot; and &quot;fields&quot; or &quot;groups&quot;, not both</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="124"/>
        <source>the field catalog has no &quot;source&quot;</source>
        <translation>the field catalog has no &quot;source&quot;</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="131"/>
        <source>the field catalog has no &quot;fields&quot;</source>
        <translation>the field catalog has no &quot;fields&quot;</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="142"/>
        <source>&quot;%1&quot; is not a valid source name</source>
        <translation>&quot;%1&quot; is not a valid source name</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="147"/>
        <source>&quot;%1&quot; is reserved for shared groups (&quot;applies_to&quot;)</source>
        <translation>&quot;%1&quot; is reserved for shared groups (&quot;applies_to&quot;)</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="156"/>
        <source>&quot;groups&quot; must be a list</source>
        <translation>&quot;groups&quot; must be a list</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="162"/>
        <source>a field group</source>
        <translation>a field group</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="165"/>
        <source>the group has no &quot;applies_to&quot; (all or plugins)</source>
        <translation>the group has no &quot;applies_to&quot; (all or plugins)</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="172"/>
        <source>&quot;applies_to&quot; must be all or plugins, not &quot;%1&quot;</source>
        <translation>&quot;applies_to&quot; must be all or plugins, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="177"/>
        <source>the group has no &quot;fields&quot;</source>
        <translation>the group has no &quot;fields&quot;</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="188"/>
        <source>&quot;fields&quot; must be a list</source>
        <translation>&quot;fields&quot; must be a list</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="199"/>
        <source>field &quot;%1&quot; is already defined on line %2</source>
        <translation>field &quot;%1&quot; is already defined on line %2</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="223"/>
        <source>a field</source>
        <translation>a field</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="231"/>
        <source>the field has no &quot;name&quot;</source>
        <translation>the field has no &quot;name&quot;</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="237"/>
        <source>&quot;%1&quot; is not a field name (expected words joined by dots, e.g. ct.user)</source>
        <translation>&quot;%1&quot; is not a field name (expected words joined by dots, e.g. ct.user)</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="245"/>
        <source>field &quot;%1&quot; has no &quot;type&quot;</source>
        <translation>field &quot;%1&quot; has no &quot;type&quot;</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="250"/>
        <source>unknown field type &quot;%1&quot;</source>
        <translation>unknown field type &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="260"/>
        <source>field &quot;%1&quot; needs a &quot;desc&quot;</source>
        <translation>field &quot;%1&quot; needs a &quot;desc&quot;</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="268"/>
        <source>&quot;arg&quot; must be index, key or index_or_key</source>
        <translation>&quot;arg&quot; must be index, key or index_or_key</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="280"/>
        <source>field &quot;%1&quot; has &quot;arg_required&quot; or &quot;dotted_arg&quot; but no &quot;arg&quot;</source>
        <translation>field &quot;%1&quot; has &quot;arg_required&quot; or &quot;dotted_arg&quot; but no &quot;arg&quot;</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="313"/>
        <source>no built-in field catalogs found</source>
        <translation>no built-in field catalogs found</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="328"/>
        <source>cannot read the field catalog: %1</source>
        <translation>cannot read the field catalog: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="358"/>
        <source>field &quot;%1&quot; is already defined in %2:%3</source>
        <translation>field &quot;%1&quot; is already defined in %2:%3</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="443"/>
        <source>%1 needs an argument, e.g. %1[...]</source>
        <translation>%1 needs an argument, e.g. %1[...]</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="447"/>
        <source>%1 does not take an argument</source>
        <translation>%1 does not take an argument</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="452"/>
        <source>the argument of %1 must be a number, not &quot;%2&quot;</source>
        <translation>the argument of %1 must be a number, not &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="455"/>
        <source>the argument of %1 is empty</source>
        <translation>the argument of %1 is empty</translation>
    </message>
</context>
<context>
    <name>tfdrift::GrpcAlertSource</name>
    <message>
        <location filename="../core/ingest/grpc/GrpcAlertSource.cpp" line="252"/>
        <location filename="../core/ingest/grpc/GrpcAlertSource.cpp" line="292"/>
        <source>Falco closed the alert stream</source>
        <translation>Falco closed the alert stream</translation>
    </message>
</context>
<context>
    <name>tfdrift::GrpcChannelFactory</name>
    <message>
        <location filename="../core/ingest/grpc/GrpcChannelFactory.cpp" line="25"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/grpc/GrpcChannelFactory.cpp" line="30"/>
        <source>%1 is not a PEM file</source>
        <translation>%1 is not a PEM file</translation>
    </message>
    <message>
        <location filename="../core/ingest/grpc/GrpcChannelFactory.cpp" line="74"/>
        <source>gRPC over TCP needs mutual TLS (CA, client certificate and key); Falco serves TCP only with mTLS</source>
        <translation>gRPC over TCP needs mutual TLS (CA, client certificate and key); Falco serves TCP only with mTLS</translation>
    </message>
</context>
<context>
    <name>tfdrift::HelpDialog</name>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="61"/>
        <source>Put the cursor in the filter bar</source>
        <translation>Put the cursor in the filter bar</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="62"/>
        <source>Clear the filter (in the filter bar)</source>
        <translation>Clear the filter (in the filter bar)</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="63"/>
        <source>Pause or resume the live table</source>
        <translation>Pause or resume the live table</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="64"/>
        <source>Save the capture (the raw Falco alerts)</source>
        <translation>Save the capture (the raw Falco alerts)</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="65"/>
        <source>Open a capture for offline analysis</source>
        <translation>Open a capture for offline analysis</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="66"/>
        <source>Export the selected or filtered rows</source>
        <translation>Export the selected or filtered rows</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="67"/>
        <source>Show this help</source>
        <translation>Show this help</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="72"/>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="77"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="78"/>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="83"/>
        <source>Values: %1</source>
        <translation>Values: %1</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="86"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="92"/>
        <source>Equal; not equal</source>
        <translation>Equal; not equal</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="94"/>
        <source>Order: severity by rank (low &lt; medium &lt; high &lt; critical), other fields alphabetically</source>
        <translation>Order: severity by rank (low &lt; medium &lt; high &lt; critical), other fields alphabetically</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="97"/>
        <source>Contains the text; icontains ignores upper and lower case</source>
        <translation>Contains the text; icontains ignores upper and lower case</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="98"/>
        <source>Starts or ends with the text</source>
        <translation>Starts or ends with the text</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="100"/>
        <source>Matches a pattern: * any text, ? one character, [a-z] one of a set; iglob ignores upper and lower case</source>
        <translation>Matches a pattern: * any text, ? one character, [a-z] one of a set; iglob ignores upper and lower case</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="102"/>
        <source>The whole value matches the regular expression</source>
        <translation>The whole value matches the regular expression</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="103"/>
        <source>Is one of the listed values</source>
        <translation>Is one of the listed values</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="105"/>
        <source>A list field (attribute) has at least one of the listed values</source>
        <translation>A list field (attribute) has at least one of the listed values</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="106"/>
        <source>Is one of the listed paths or below one</source>
        <translation>Is one of the listed paths or below one</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="107"/>
        <source>Has a value (written after the field, with no value)</source>
        <translation>Has a value (written after the field, with no value)</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="109"/>
        <source>Combine conditions; not binds tightest, then and, then or</source>
        <translation>Combine conditions; not binds tightest, then and, then or</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="114"/>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="121"/>
        <source>High and critical changes to IAM resources, except those made by the CI users</source>
        <translation>High and critical changes to IAM resources, except those made by the CI users</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="122"/>
        <source>Deleted resources, and resources that no Terraform state knows</source>
        <translation>Deleted resources, and resources that no Terraform state knows</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="123"/>
        <source>Changes to a policy attribute, or anything done by the root user</source>
        <translation>Changes to a policy attribute, or anything done by the root user</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="125"/>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="161"/>
        <source>Filter language</source>
        <translation>Filter language</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="163"/>
        <source>The filter bar keeps the drift events for which the condition is true. A condition is a field, an operator and a value; put a value in quotes when it has spaces, commas or parentheses. An empty filter shows every event.</source>
        <translation>The filter bar keeps the drift events for which the condition is true. A condition is a field, an operator and a value; put a value in quotes when it has spaces, commas or parentheses. An empty filter shows every event.</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="166"/>
        <source>A field without a value (an unmanaged resource has no address) matches no comparison, not even !=.</source>
        <translation>A field without a value (an unmanaged resource has no address) matches no comparison, not even !=.</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="173"/>
        <source>TFDrift Console Help</source>
        <translation>TFDrift Console Help</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="174"/>
        <source>Keyboard and filter reference</source>
        <translation>Keyboard and filter reference</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpAlertHandler</name>
    <message>
        <location filename="../core/ingest/http/HttpAlertHandler.cpp" line="51"/>
        <source>method %1 is not allowed; post Falco alerts with POST</source>
        <translation>method %1 is not allowed; post Falco alerts with POST</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertHandler.cpp" line="58"/>
        <source>missing bearer token</source>
        <translation>missing bearer token</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertHandler.cpp" line="60"/>
        <source>invalid bearer token</source>
        <translation>invalid bearer token</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpAlertPoster</name>
    <message>
        <location filename="../core/ingest/http/HttpAlertPoster.cpp" line="35"/>
        <source>cannot read CA file %1: %2</source>
        <translation>cannot read CA file %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertPoster.cpp" line="41"/>
        <source>no PEM certificate in CA file %1</source>
        <translation>no PEM certificate in CA file %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpAlertServer</name>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="39"/>
        <source>HTTPS is not available: Qt found no TLS library</source>
        <translation>HTTPS is not available: Qt found no TLS library</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="43"/>
        <source>HTTPS needs both a certificate file and a key file</source>
        <translation>HTTPS needs both a certificate file and a key file</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="50"/>
        <source>cannot read TLS certificate %1: %2</source>
        <translation>cannot read TLS certificate %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="56"/>
        <source>no PEM certificate in %1</source>
        <translation>no PEM certificate in %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="62"/>
        <source>cannot read TLS key %1: %2</source>
        <translation>cannot read TLS key %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="66"/>
        <source>TLS key %1 is encrypted; a key for an unattended server needs no passphrase</source>
        <translation>TLS key %1 is encrypted; a key for an unattended server needs no passphrase</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="77"/>
        <source>no PEM private key (RSA, EC or DSA) in %1</source>
        <translation>no PEM private key (RSA, EC or DSA) in %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="144"/>
        <source>cannot listen on %1: %2</source>
        <translation>cannot listen on %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="154"/>
        <source>%1 (HTTPS)</source>
        <translation>%1 (HTTPS)</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="164"/>
        <source>too many connections (limit %1); retry later</source>
        <translation>too many connections (limit %1); retry later</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpConnection</name>
    <message>
        <location filename="../core/ingest/http/HttpConnection.cpp" line="157"/>
        <source>no complete request within %1 s</source>
        <translation>no complete request within %1 s</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpListenAddress</name>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="42"/>
        <source>invalid listen address &quot;%1&quot;: expected [IPv6 address]:port</source>
        <translation>invalid listen address &quot;%1&quot;: expected [IPv6 address]:port</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="48"/>
        <source>invalid listen address &quot;%1&quot;: expected host:port</source>
        <translation>invalid listen address &quot;%1&quot;: expected host:port</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="53"/>
        <source>invalid listen address &quot;%1&quot;: put an IPv6 address in brackets, e.g. [::1]:2801</source>
        <translation>invalid listen address &quot;%1&quot;: put an IPv6 address in brackets, e.g. [::1]:2801</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="62"/>
        <source>invalid port &quot;%1&quot; in listen address; expected 0 to 65535</source>
        <translation>invalid port &quot;%1&quot; in listen address; expected 0 to 65535</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="71"/>
        <source>invalid listen address &quot;%1&quot;: &quot;%2&quot; is not an IP address</source>
        <translation>invalid listen address &quot;%1&quot;: &quot;%2&quot; is not an IP address</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpRequestReader</name>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="96"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="98"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="99"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="207"/>
        <source>chunk data is not followed by CRLF</source>
        <translation>chunk data is not followed by CRLF</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="241"/>
        <source>request line and headers exceed %1</source>
        <translation>request line and headers exceed %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="243"/>
        <source>chunk size line is too long</source>
        <translation>chunk size line is too long</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="251"/>
        <source>line ends with a bare LF instead of CRLF</source>
        <translation>line ends with a bare LF instead of CRLF</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="265"/>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="277"/>
        <source>malformed request line</source>
        <translation>malformed request line</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="273"/>
        <source>malformed request method</source>
        <translation>malformed request method</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="282"/>
        <source>invalid character in request target</source>
        <translation>invalid character in request target</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="289"/>
        <source>malformed HTTP version</source>
        <translation>malformed HTTP version</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="293"/>
        <source>%1 is not supported; use HTTP/1.1</source>
        <translation>%1 is not supported; use HTTP/1.1</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="307"/>
        <source>obsolete line folding in a header field is not allowed</source>
        <translation>obsolete line folding in a header field is not allowed</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="312"/>
        <source>malformed header field</source>
        <translation>malformed header field</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="317"/>
        <source>whitespace between a header name and its colon is not allowed</source>
        <translation>whitespace between a header name and its colon is not allowed</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="321"/>
        <source>malformed header name</source>
        <translation>malformed header name</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="327"/>
        <source>invalid character in header &quot;%1&quot;</source>
        <translation>invalid character in header &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="342"/>
        <source>missing Host header</source>
        <translation>missing Host header</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="342"/>
        <source>more than one Host header</source>
        <translation>more than one Host header</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="358"/>
        <source>unsupported expectation; only &quot;100-continue&quot; is understood</source>
        <translation>unsupported expectation; only &quot;100-continue&quot; is understood</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="368"/>
        <source>a request must not have both Content-Length and Transfer-Encoding</source>
        <translation>a request must not have both Content-Length and Transfer-Encoding</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="374"/>
        <source>Transfer-Encoding is not allowed in an HTTP/1.0 request</source>
        <translation>Transfer-Encoding is not allowed in an HTTP/1.0 request</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="379"/>
        <source>the final transfer coding must be &quot;chunked&quot;</source>
        <translation>the final transfer coding must be &quot;chunked&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="384"/>
        <source>transfer coding &quot;%1&quot; is not supported</source>
        <translation>transfer coding &quot;%1&quot; is not supported</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="398"/>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="412"/>
        <source>invalid Content-Length</source>
        <translation>invalid Content-Length</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="406"/>
        <source>conflicting Content-Length values</source>
        <translation>conflicting Content-Length values</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="416"/>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="460"/>
        <source>request body exceeds %1</source>
        <translation>request body exceeds %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="444"/>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="450"/>
        <source>invalid chunk size</source>
        <translation>invalid chunk size</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="455"/>
        <source>invalid character in chunk extension</source>
        <translation>invalid character in chunk extension</translation>
    </message>
</context>
<context>
    <name>tfdrift::JsonTreeModel</name>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="193"/>
        <source>Key</source>
        <extracomment>Column of a JSON tree: member name or array index</extracomment>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="194"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="197"/>
        <source>Type</source>
        <extracomment>Column of a JSON tree: object, array, string, number, boolean or null</extracomment>
        <translation>Type</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/JsonTreeModel.cpp" line="207"/>
        <source>%n member(s)</source>
        <extracomment>Summary of a JSON object in a tree row</extracomment>
        <translation>
            <numerusform>%n member(s)</numerusform>
            <numerusform>%n member(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/JsonTreeModel.cpp" line="210"/>
        <source>%n item(s)</source>
        <extracomment>Summary of a JSON array in a tree row</extracomment>
        <translation>
            <numerusform>%n item(s)</numerusform>
            <numerusform>%n item(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="229"/>
        <source>object</source>
        <extracomment>JSON type name</extracomment>
        <translation>object</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="232"/>
        <source>array</source>
        <extracomment>JSON type name</extracomment>
        <translation>array</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="235"/>
        <source>string</source>
        <extracomment>JSON type name</extracomment>
        <translation>string</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="238"/>
        <source>number</source>
        <extracomment>JSON type name</extracomment>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="241"/>
        <source>boolean</source>
        <extracomment>JSON type name</extracomment>
        <translation>boolean</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="244"/>
        <source>null</source>
        <extracomment>JSON type name</extracomment>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>tfdrift::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="302"/>
        <source>TFDrift Console</source>
        <translation>TFDrift Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="303"/>
        <source>Drift events</source>
        <translation>Drift events</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>Falco alerts</source>
        <translation>Falco alerts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="309"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="311"/>
        <source>Drift event details</source>
        <translation>Drift event details</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="312"/>
        <source>No alert sources</source>
        <translation>No alert sources</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>Remove every drift event and alert from the tables</source>
        <translation>Remove every drift event and alert from the tables</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>&amp;Connect all</source>
        <translation>&amp;Connect all</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>Connect every Falco source</source>
        <translation>Connect every Falco source</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>&amp;Disconnect all</source>
        <translation>&amp;Disconnect all</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Disconnect every Falco source</source>
        <translation>Disconnect every Falco source</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>&amp;Open capture…</source>
        <translation>&amp;Open capture…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Open saved Falco alerts and judge them against the current state and rules</source>
        <translation>Open saved Falco alerts and judge them against the current state and rules</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="324"/>
        <source>&amp;Save capture…</source>
        <translation>&amp;Save capture…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>Save the Falco alerts in the table as JSON lines</source>
        <translation>Save the Falco alerts in the table as JSON lines</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="326"/>
        <source>&amp;Export drift events…</source>
        <translation>&amp;Export drift events…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>Export the selected drift events, or all the filters show, as CSV or JSON</source>
        <translation>Export the selected drift events, or all the filters show, as CSV or JSON</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>Language, history, table size and notifications</source>
        <translation>Language, history, table size and notifications</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>&amp;Keyboard and filter help</source>
        <translation>&amp;Keyboard and filter help</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>Shortcuts and the filter language</source>
        <translation>Shortcuts and the filter language</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>&amp;Follow newest</source>
        <translation>&amp;Follow newest</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>Scroll to new events as they arrive</source>
        <translation>Scroll to new events as they arrive</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="339"/>
        <source>Everything kept</source>
        <translation>Everything kept</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405"/>
        <source>Drift history not written: %1</source>
        <translation>Drift history not written: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="477"/>
        <source>%L1 drift events from the history, %2 to %3</source>
        <translation>%L1 drift events from the history, %2 to %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="482"/>
        <source>%L1 unreadable entries skipped</source>
        <translation>%L1 unreadable entries skipped</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="578"/>
        <source>%1: choose a file name ending in .csv or .json</source>
        <translation>%1: choose a file name ending in .csv or .json</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="615"/>
        <source>Export drift events</source>
        <translation>Export drift events</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="616"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="621"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="623"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="628"/>
        <source>Save capture</source>
        <translation>Save capture</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="629"/>
        <source>Falco alerts, JSON lines (*.jsonl *.json)</source>
        <translation>Falco alerts, JSON lines (*.jsonl *.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="634"/>
        <source>Saved %L1 alerts to %2</source>
        <translation>Saved %L1 alerts to %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="636"/>
        <source>Saving the capture failed</source>
        <translation>Saving the capture failed</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="642"/>
        <source>Open capture</source>
        <translation>Open capture</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="642"/>
        <source>Falco alerts, JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>Falco alerts, JSON lines (*.jsonl *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="647"/>
        <source>Some lines of the capture could not be read</source>
        <translation>Some lines of the capture could not be read</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="368"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="368"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="371"/>
        <source>Show the alerts that arrived while paused, and follow new ones</source>
        <translation>Show the alerts that arrived while paused, and follow new ones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <source>Stop adding alerts to the table; they are kept and shown on resume</source>
        <translation>Stop adding alerts to the table; they are kept and shown on resume</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="772"/>
        <source>%L1 alerts/s</source>
        <translation>%L1 alerts/s</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="773"/>
        <source>Alerts: %L1</source>
        <translation>Alerts: %L1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="775"/>
        <source>Paused, %L1 waiting</source>
        <translation>Paused, %L1 waiting</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="777"/>
        <source>Dropped (row limit): %L1</source>
        <translation>Dropped (row limit): %L1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="785"/>
        <source>Drift: %L1 of %L2 shown</source>
        <translation>Drift: %L1 of %L2 shown</translation>
    </message>
</context>
<context>
    <name>tfdrift::MappingCatalog</name>
    <message>
        <location filename="../core/mapping/MappingCatalog.cpp" line="29"/>
        <source>the built-in mapping catalog is missing from this build</source>
        <translation>the built-in mapping catalog is missing from this build</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalog.cpp" line="55"/>
        <source>cannot read the mapping catalog: %1</source>
        <translation>cannot read the mapping catalog: %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="63"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML syntax error: %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="73"/>
        <source>a mapping catalog is a mapping with &quot;provider&quot; and &quot;services&quot; (aws) or &quot;methods&quot; (gcp)</source>
        <translation>a mapping catalog is a mapping with &quot;provider&quot; and &quot;services&quot; (aws) or &quot;methods&quot; (gcp)</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="77"/>
        <source>the catalog</source>
        <translation>the catalog</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="85"/>
        <source>the catalog has no &quot;provider&quot; (aws or gcp)</source>
        <translation>the catalog has no &quot;provider&quot; (aws or gcp)</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="88"/>
        <source>an aws catalog lists &quot;services&quot;, not &quot;methods&quot;</source>
        <translation>an aws catalog lists &quot;services&quot;, not &quot;methods&quot;</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="90"/>
        <source>an aws catalog needs &quot;services&quot;</source>
        <translation>an aws catalog needs &quot;services&quot;</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="95"/>
        <source>a gcp catalog lists &quot;methods&quot;, not &quot;services&quot;</source>
        <translation>a gcp catalog lists &quot;methods&quot;, not &quot;services&quot;</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="97"/>
        <source>a gcp catalog needs &quot;methods&quot;</source>
        <translation>a gcp catalog needs &quot;methods&quot;</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="101"/>
        <source>&quot;provider&quot; must be aws or gcp</source>
        <translation>&quot;provider&quot; must be aws or gcp</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="108"/>
        <source>&quot;services&quot; must be a list</source>
        <translation>&quot;services&quot; must be a list</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="119"/>
        <source>service has no &quot;source&quot; (its CloudTrail eventSource)</source>
        <translation>service has no &quot;source&quot; (its CloudTrail eventSource)</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="122"/>
        <source>service has no &quot;events&quot;</source>
        <translation>service has no &quot;events&quot;</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="126"/>
        <source>&quot;events&quot; must be a list</source>
        <translation>&quot;events&quot; must be a list</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="139"/>
        <source>&quot;methods&quot; must be a list</source>
        <translation>&quot;methods&quot; must be a list</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="152"/>
        <source>&quot;%1&quot; must be a name without spaces</source>
        <translation>&quot;%1&quot; must be a name without spaces</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="178"/>
        <source>entry has no &quot;name&quot;</source>
        <translation>entry has no &quot;name&quot;</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="181"/>
        <source>entry</source>
        <translation>entry</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="187"/>
        <source>&quot;type&quot; must be a Terraform resource type such as aws_instance</source>
        <translation>&quot;type&quot; must be a Terraform resource type such as aws_instance</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="194"/>
        <source>&quot;%1&quot; is not a %2* type</source>
        <translation>&quot;%1&quot; is not a %2* type</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="197"/>
        <source>&quot;%1&quot; has no &quot;type&quot;</source>
        <translation>&quot;%1&quot; has no &quot;type&quot;</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="207"/>
        <source>&quot;action&quot; must be create, modify or delete</source>
        <translation>&quot;action&quot; must be create, modify or delete</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="211"/>
        <source>&quot;%1&quot; has no &quot;action&quot; (create, modify or delete)</source>
        <translation>&quot;%1&quot; has no &quot;action&quot; (create, modify or delete)</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="218"/>
        <source>&quot;%1&quot; has no &quot;id&quot;: say where the resource id is</source>
        <translation>&quot;%1&quot; has no &quot;id&quot;: say where the resource id is</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="249"/>
        <source>&quot;id&quot; must be a list of JSON pointers</source>
        <translation>&quot;id&quot; must be a list of JSON pointers</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="256"/>
        <source>&quot;id&quot; needs at least one JSON pointer</source>
        <translation>&quot;id&quot; needs at least one JSON pointer</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="282"/>
        <source>&quot;%1&quot; is not a Terraform attribute name such as instance_type</source>
        <translation>&quot;%1&quot; is not a Terraform attribute name such as instance_type</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="295"/>
        <source>JSON pointer &quot;%1&quot;: %2</source>
        <translation>JSON pointer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="299"/>
        <source>a JSON pointer starts with &quot;/&quot;</source>
        <translation>a JSON pointer starts with &quot;/&quot;</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="305"/>
        <source>&quot;~&quot; must be followed by 0 or 1 (RFC 6901)</source>
        <translation>&quot;~&quot; must be followed by 0 or 1 (RFC 6901)</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="313"/>
        <source>GCP audit events carry no /response; use /resource or /request</source>
        <translation>GCP audit events carry no /response; use /resource or /request</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="318"/>
        <source>/resource is the GCP resourceName; CloudTrail ids are under /request or /response</source>
        <translation>/resource is the GCP resourceName; CloudTrail ids are under /request or /response</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="321"/>
        <source>attributes are set by the request: use /request/...</source>
        <translation>attributes are set by the request: use /request/...</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="323"/>
        <source>/resource is a string; nothing can follow it</source>
        <translation>/resource is a string; nothing can follow it</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="327"/>
        <source>a pointer starts with /request (requestParameters) or /response (responseElements)</source>
        <translation>a pointer starts with /request (requestParameters) or /response (responseElements)</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="329"/>
        <source>a pointer starts with /resource (resourceName) or /request</source>
        <translation>a pointer starts with /resource (resourceName) or /request</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="338"/>
        <source>&quot;%1&quot; is listed again; this entry replaces the one at line %2</source>
        <translation>&quot;%1&quot; is listed again; this entry replaces the one at line %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="346"/>
        <source>&quot;%1&quot; already has a default entry at line %2; this one replaces it</source>
        <translation>&quot;%1&quot; already has a default entry at line %2; this one replaces it</translation>
    </message>
</context>
<context>
    <name>tfdrift::NotificationsParser</name>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="260"/>
        <source>&quot;%1&quot; must be longer than 0s</source>
        <translation>&quot;%1&quot; must be longer than 0s</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="282"/>
        <source>&quot;retry_backoff_max&quot; must not be shorter than &quot;retry_backoff&quot; (%1 ms)</source>
        <translation>&quot;retry_backoff_max&quot; must not be shorter than &quot;retry_backoff&quot; (%1 ms)</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="308"/>
        <source>CA file %1 does not exist</source>
        <translation>CA file %1 does not exist</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="348"/>
        <source>&quot;%1.events_url&quot; must be an http or https URL with a host</source>
        <translation>&quot;%1.events_url&quot; must be an http or https URL with a host</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="381"/>
        <source>&quot;%1&quot; must be a Falco priority (emergency, alert, critical, error, warning, notice, informational or debug)</source>
        <translation>&quot;%1&quot; must be a Falco priority (emergency, alert, critical, error, warning, notice, informational or debug)</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="396"/>
        <source>&quot;headers&quot; keys must be HTTP header names</source>
        <translation>&quot;headers&quot; keys must be HTTP header names</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="420"/>
        <source>%1 is enabled but has no &quot;%2&quot;</source>
        <translation>%1 is enabled but has no &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="427"/>
        <source>&quot;%1&quot; must be an http or https URL with a host</source>
        <translation>&quot;%1&quot; must be an http or https URL with a host</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="453"/>
        <source>&quot;%1&quot; needs the name of a keychain entry after &quot;keychain:&quot;</source>
        <translation>&quot;%1&quot; needs the name of a keychain entry after &quot;keychain:&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="474"/>
        <source>&quot;%1&quot; holds a secret in plain text; use ${ENV_VAR} or keychain:NAME</source>
        <translation>&quot;%1&quot; holds a secret in plain text; use ${ENV_VAR} or keychain:NAME</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="490"/>
        <source>&quot;outbox&quot; must name a file; %1 is a folder</source>
        <translation>&quot;outbox&quot; must name a file; %1 is a folder</translation>
    </message>
</context>
<context>
    <name>tfdrift::QuickFilterBar</name>
    <message>
        <location filename="../ui/QuickFilterBar.cpp" line="216"/>
        <source>Show or hide drift events of severity %1</source>
        <extracomment>%1 is a severity: Critical, High, Medium or Low</extracomment>
        <translation>Show or hide drift events of severity %1</translation>
    </message>
    <message>
        <location filename="../ui/QuickFilterBar.cpp" line="218"/>
        <source>Show %1 drift events</source>
        <extracomment>%1 is a severity: Critical, High, Medium or Low</extracomment>
        <translation>Show %1 drift events</translation>
    </message>
    <message>
        <location filename="../ui/QuickFilterBar.cpp" line="222"/>
        <source>All changes</source>
        <extracomment>Change-kind quick filter: no restriction on the kind of change</extracomment>
        <translation>All changes</translation>
    </message>
    <message>
        <location filename="../ui/QuickFilterBar.cpp" line="225"/>
        <source>Show drift events of one change kind only</source>
        <translation>Show drift events of one change kind only</translation>
    </message>
    <message>
        <location filename="../ui/QuickFilterBar.cpp" line="226"/>
        <source>Change kind</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <location filename="../ui/QuickFilterBar.cpp" line="228"/>
        <location filename="../ui/QuickFilterBar.cpp" line="229"/>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <location filename="../ui/QuickFilterBar.cpp" line="230"/>
        <source>Show drift events whose resource, attributes, user, account, region, event, source or Falco rule contain this text (case does not matter). Esc clears it.</source>
        <translation>Show drift events whose resource, attributes, user, account, region, event, source or Falco rule contain this text (case does not matter). Esc clears it.</translation>
    </message>
</context>
<context>
    <name>tfdrift::ReplayAlertSource</name>
    <message>
        <location filename="../core/ingest/replay/ReplayAlertSource.cpp" line="45"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::ReplayReader</name>
    <message>
        <location filename="../core/ingest/replay/ReplayReader.cpp" line="20"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../core/ingest/replay/ReplayReader.cpp" line="68"/>
        <source>line is longer than %1 MiB; skipped</source>
        <translation>line is longer than %1 MiB; skipped</translation>
    </message>
</context>
<context>
    <name>tfdrift::SafeFileWriter</name>
    <message>
        <location filename="../core/storage/SafeFileWriter.cpp" line="56"/>
        <location filename="../core/storage/SafeFileWriter.cpp" line="81"/>
        <location filename="../core/storage/SafeFileWriter.cpp" line="125"/>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/SafeFileWriter.cpp" line="75"/>
        <location filename="../core/storage/SafeFileWriter.cpp" line="92"/>
        <location filename="../core/storage/SafeFileWriter.cpp" line="97"/>
        <location filename="../core/storage/SafeFileWriter.cpp" line="111"/>
        <source>Cannot save “%1”: %2</source>
        <translation>Cannot save “%1”: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/SafeFileWriter.cpp" line="75"/>
        <source>the file was not opened for writing</source>
        <translation>the file was not opened for writing</translation>
    </message>
    <message>
        <location filename="../core/storage/SafeFileWriter.cpp" line="93"/>
        <source>the old backup “%1” cannot be replaced</source>
        <translation>the old backup “%1” cannot be replaced</translation>
    </message>
    <message>
        <location filename="../core/storage/SafeFileWriter.cpp" line="98"/>
        <source>the previous version cannot be moved to “%1”</source>
        <translation>the previous version cannot be moved to “%1”</translation>
    </message>
    <message>
        <location filename="../core/storage/SafeFileWriter.cpp" line="108"/>
        <source>%1; the previous version is kept as “%2”</source>
        <translation>%1; the previous version is kept as “%2”</translation>
    </message>
</context>
<context>
    <name>tfdrift::ScheduleParser</name>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="27"/>
        <source>hour %1 is out of range 00-24</source>
        <translation>hour %1 is out of range 00-24</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="31"/>
        <source>minute %1 is out of range 00-59</source>
        <translation>minute %1 is out of range 00-59</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="35"/>
        <source>24:%1 is past the end of the day; only 24:00 may use hour 24</source>
        <translation>24:%1 is past the end of the day; only 24:00 may use hour 24</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="48"/>
        <source>expected a range of times such as &quot;09:00-18:00&quot; (HH:MM-HH:MM)</source>
        <translation>expected a range of times such as &quot;09:00-18:00&quot; (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="59"/>
        <source>the range starts and ends at the same time; write &quot;00:00-24:00&quot; for the whole day</source>
        <translation>the range starts and ends at the same time; write &quot;00:00-24:00&quot; for the whole day</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="70"/>
        <source>&quot;schedule&quot; must be a mapping with allowed_hours, timezone and weekdays_only</source>
        <translation>&quot;schedule&quot; must be a mapping with allowed_hours, timezone and weekdays_only</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="86"/>
        <source>&quot;allowed_hours&quot;: %1</source>
        <translation>&quot;allowed_hours&quot;: %1</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="104"/>
        <source>&quot;timezone&quot;: unknown time zone &quot;%1&quot;; use an IANA id such as &quot;Asia/Tokyo&quot;, &quot;Europe/Berlin&quot; or &quot;UTC&quot;</source>
        <translation>&quot;timezone&quot;: unknown time zone &quot;%1&quot;; use an IANA id such as &quot;Asia/Tokyo&quot;, &quot;Europe/Berlin&quot; or &quot;UTC&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="123"/>
        <source>&quot;schedule&quot; needs &quot;allowed_hours&quot;, &quot;weekdays_only: true&quot; or both</source>
        <translation>&quot;schedule&quot; needs &quot;allowed_hours&quot;, &quot;weekdays_only: true&quot; or both</translation>
    </message>
</context>
<context>
    <name>tfdrift::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="115"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="117"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="118"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="119"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="120"/>
        <source>User interface language</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="121"/>
        <source>The new language is used as soon as you press OK.</source>
        <translation>The new language is used as soon as you press OK.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="123"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="124"/>
        <source>&amp;Keep drift events between sessions</source>
        <translation>&amp;Keep drift events between sessions</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="125"/>
        <source>Keep drift event history</source>
        <translation>Keep drift event history</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="126"/>
        <source>&amp;Delete events older than:</source>
        <translation>&amp;Delete events older than:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="127"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="128"/>
        <source>History retention in days</source>
        <translation>History retention in days</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="130"/>
        <source>Drift table</source>
        <translation>Drift table</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="131"/>
        <source>&amp;Rows kept in the table:</source>
        <translation>&amp;Rows kept in the table:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="132"/>
        <source>Maximum rows in the drift table</source>
        <translation>Maximum rows in the drift table</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="133"/>
        <source>When the table is full, the oldest events make room for new ones.</source>
        <translation>When the table is full, the oldest events make room for new ones.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="134"/>
        <source>&amp;Follow the newest events</source>
        <translation>&amp;Follow the newest events</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="135"/>
        <source>Follow the newest drift events</source>
        <translation>Follow the newest drift events</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="137"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="138"/>
        <source>Show a desktop &amp;notification for critical drift</source>
        <translation>Show a desktop &amp;notification for critical drift</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="139"/>
        <source>Desktop notifications for critical drift</source>
        <translation>Desktop notifications for critical drift</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="141"/>
        <source>Restore default settings</source>
        <translation>Restore default settings</translation>
    </message>
</context>
<context>
    <name>tfdrift::SourceDialog</name>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="55"/>
        <source>Alert source</source>
        <translation>Alert source</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="60"/>
        <source>Source name</source>
        <translation>Source name</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="61"/>
        <source>e.g. prod-falco</source>
        <translation>e.g. prod-falco</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="65"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="66"/>
        <source>gRPC (Falco 0.43 and older)</source>
        <translation>gRPC (Falco 0.43 and older)</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="67"/>
        <source>HTTP listener (http_output, falcosidekick)</source>
        <translation>HTTP listener (http_output, falcosidekick)</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="69"/>
        <location filename="../ui/SourceDialog.cpp" line="107"/>
        <location filename="../ui/SourceDialog.cpp" line="123"/>
        <source>Replay file</source>
        <translation>Replay file</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="73"/>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="80"/>
        <source>gRPC address</source>
        <translation>gRPC address</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="83"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM files (*.pem *.crt *.cer *.key);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="86"/>
        <source>CA certificate file</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="89"/>
        <source>Certificate file</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="92"/>
        <source>Private key file</source>
        <translation>Private key file</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="96"/>
        <source>HTTP listen address</source>
        <translation>HTTP listen address</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="102"/>
        <source>Bearer token reference</source>
        <translation>Bearer token reference</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="103"/>
        <source>${FALCO_TOKEN} or keychain:falco-token (optional)</source>
        <translation>${FALCO_TOKEN} or keychain:falco-token (optional)</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="110"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="111"/>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="112"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="113"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="114"/>
        <source>CA certificate:</source>
        <translation>CA certificate:</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="115"/>
        <source>Choose CA certificate file</source>
        <translation>Choose CA certificate file</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="115"/>
        <location filename="../ui/SourceDialog.cpp" line="355"/>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="116"/>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="117"/>
        <source>Choose certificate file</source>
        <translation>Choose certificate file</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="117"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="118"/>
        <source>Private key:</source>
        <translation>Private key:</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="119"/>
        <source>Choose private key file</source>
        <translation>Choose private key file</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="119"/>
        <source>Private key</source>
        <translation>Private key</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="120"/>
        <source>&amp;Listen on:</source>
        <translation>&amp;Listen on:</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="121"/>
        <source>&amp;Bearer token:</source>
        <translation>&amp;Bearer token:</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="122"/>
        <source>Replay file:</source>
        <translation>Replay file:</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="123"/>
        <source>Choose replay file</source>
        <translation>Choose replay file</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="124"/>
        <source>JSON lines (*.jsonl *.json *.log);;All files (*)</source>
        <translation>JSON lines (*.jsonl *.json *.log);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="132"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="137"/>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="139"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="142"/>
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="148"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="149"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="185"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="216"/>
        <source>Leave empty to keep the current token</source>
        <translation>Leave empty to keep the current token</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="325"/>
        <source>The %1 file %2 does not exist.</source>
        <translation>The %1 file %2 does not exist.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="327"/>
        <source>The %1 file %2 cannot be read.</source>
        <translation>The %1 file %2 cannot be read.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="334"/>
        <source>Enter Falco&apos;s gRPC address: unix:///run/falco/falco.sock or host:port.</source>
        <translation>Enter Falco&apos;s gRPC address: unix:///run/falco/falco.sock or host:port.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="339"/>
        <source>A unix socket address needs an absolute path, e.g. unix:///run/falco/falco.sock.</source>
        <translation>A unix socket address needs an absolute path, e.g. unix:///run/falco/falco.sock.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="345"/>
        <source>&quot;%1&quot; is neither host:port (with a port from 1 to 65535) nor unix:///path.</source>
        <translation>&quot;%1&quot; is neither host:port (with a port from 1 to 65535) nor unix:///path.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="352"/>
        <source>Falco serves gRPC over TCP only with mutual TLS: choose the CA certificate, the client certificate and the client key.</source>
        <translation>Falco serves gRPC over TCP only with mutual TLS: choose the CA certificate, the client certificate and the client key.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="357"/>
        <location filename="../ui/SourceDialog.cpp" line="370"/>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="359"/>
        <location filename="../ui/SourceDialog.cpp" line="372"/>
        <source>private key</source>
        <translation>private key</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="365"/>
        <source>Listen address: %1</source>
        <translation>Listen address: %1</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="367"/>
        <source>HTTPS needs both a certificate and a private key; leave both empty for plain HTTP.</source>
        <translation>HTTPS needs both a certificate and a private key; leave both empty for plain HTTP.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="377"/>
        <source>Choose the replay file to read alerts from.</source>
        <translation>Choose the replay file to read alerts from.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="379"/>
        <source>replay</source>
        <translation>replay</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="390"/>
        <source>Give the source a name.</source>
        <translation>Give the source a name.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="394"/>
        <source>Another source is already called &quot;%1&quot;.</source>
        <translation>Another source is already called &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="401"/>
        <source>The environment must be production, staging or development, or empty.</source>
        <translation>The environment must be production, staging or development, or empty.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="408"/>
        <source>The bearer token refers to ${%1}, which is not set in the environment.</source>
        <translation>The bearer token refers to ${%1}, which is not set in the environment.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="412"/>
        <source>Name the keychain entry after &quot;keychain:&quot;, e.g. keychain:falco-token.</source>
        <translation>Name the keychain entry after &quot;keychain:&quot;, e.g. keychain:falco-token.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="415"/>
        <source>The bearer token must be a reference, ${ENV_VAR} or keychain:NAME, so the secret never sits in a file.</source>
        <translation>The bearer token must be a reference, ${ENV_VAR} or keychain:NAME, so the secret never sits in a file.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="444"/>
        <source>Warning: %1 already subscribes to this Falco. Falco hands each alert to only one of its gRPC clients, so the alerts will be split between the sources.</source>
        <translation>Warning: %1 already subscribes to this Falco. Falco hands each alert to only one of its gRPC clients, so the alerts will be split between the sources.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="449"/>
        <source>config.yaml sets insecure: true for this address (plain TCP, for test servers only). The dialog keeps it but never turns it on.</source>
        <translation>config.yaml sets insecure: true for this address (plain TCP, for test servers only). The dialog keeps it but never turns it on.</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="463"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="494"/>
        <source>Reading keychain entry %1…</source>
        <translation>Reading keychain entry %1…</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="500"/>
        <source>Keychain entry %1 is empty.</source>
        <translation>Keychain entry %1 is empty.</translation>
    </message>
</context>
<context>
    <name>tfdrift::SourceStatusText</name>
    <message>
        <location filename="../ui/SourceStatusText.cpp" line="19"/>
        <source>%1: %2</source>
        <comment>source name, then its connection state</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/SourceStatusText.cpp" line="23"/>
        <source>Falco %1</source>
        <comment>Falco&apos;s version</comment>
        <translation>Falco %1</translation>
    </message>
    <message>
        <location filename="../ui/SourceStatusText.cpp" line="25"/>
        <source>%1 alerts/s</source>
        <comment>alerts per second</comment>
        <translation>%1 alerts/s</translation>
    </message>
</context>
<context>
    <name>tfdrift::SourceTableModel</name>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="180"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="181"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="182"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="183"/>
        <source>Falco</source>
        <translation>Falco</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="184"/>
        <source>Alerts/s</source>
        <translation>Alerts/s</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="185"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="186"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="187"/>
        <source>Next retry</source>
        <translation>Next retry</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="220"/>
        <source>%1
at %2</source>
        <translation>%1
at %2</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="228"/>
        <source>built-in demo</source>
        <translation>built-in demo</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="232"/>
        <source>gRPC %1</source>
        <translation>gRPC %1</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="234"/>
        <source>gRPC %1 (plain TCP)</source>
        <translation>gRPC %1 (plain TCP)</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="235"/>
        <source>gRPC %1 (mutual TLS)</source>
        <translation>gRPC %1 (mutual TLS)</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="238"/>
        <source>HTTPS listener %1</source>
        <translation>HTTPS listener %1</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="239"/>
        <source>HTTP listener %1</source>
        <translation>HTTP listener %1</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="240"/>
        <source>Replay file %1</source>
        <translation>Replay file %1</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="268"/>
        <source>This source and %1 subscribe to the same Falco at %2. Falco keeps one output queue for all its gRPC clients and hands each alert to only one of them, so the alerts are split between these sources and none of them sees them all. Keep one gRPC source per Falco.</source>
        <translation>This source and %1 subscribe to the same Falco at %2. Falco keeps one output queue for all its gRPC clients and hands each alert to only one of them, so the alerts are split between these sources and none of them sees them all. Keep one gRPC source per Falco.</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="403"/>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/SourceTableModel.cpp" line="405"/>
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="412"/>
        <source>%1 (at %2)</source>
        <comment>error text, then the time it happened</comment>
        <translation>%1 (at %2)</translation>
    </message>
</context>
<context>
    <name>tfdrift::SourcesDock</name>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="31"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="40"/>
        <source>Alert sources</source>
        <translation>Alert sources</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="49"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="49"/>
        <source>Add source</source>
        <translation>Add source</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="50"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="50"/>
        <source>Edit source</source>
        <translation>Edit source</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="51"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="51"/>
        <source>Remove source</source>
        <translation>Remove source</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="53"/>
        <location filename="../ui/SourcesDock.cpp" line="142"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="53"/>
        <location filename="../ui/SourcesDock.cpp" line="143"/>
        <source>Connect source</source>
        <translation>Connect source</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="54"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="59"/>
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="142"/>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="143"/>
        <source>Disconnect source</source>
        <translation>Disconnect source</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="155"/>
        <source>Edit Source</source>
        <translation>Edit Source</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="155"/>
        <source>Add Source</source>
        <translation>Add Source</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="195"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="200"/>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
</context>
<context>
    <name>tfdrift::SqliteFile</name>
    <message>
        <location filename="../core/storage/SqliteFile.cpp" line="51"/>
        <source>cannot create its folder %1</source>
        <translation>cannot create its folder %1</translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteFile.cpp" line="90"/>
        <source>the file was written by another version: %1</source>
        <translation>the file was written by another version: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::StateConfigParser</name>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="65"/>
        <source>&quot;state&quot; must be a mapping (one state) or a list of them</source>
        <translation>&quot;state&quot; must be a mapping (one state) or a list of them</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="70"/>
        <source>each &quot;state&quot; entry must be a mapping with backend, ...</source>
        <translation>each &quot;state&quot; entry must be a mapping with backend, ...</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="102"/>
        <source>&quot;refresh_interval&quot; must be 0 (no periodic reload) or at least 1s</source>
        <translation>&quot;refresh_interval&quot; must be 0 (no periodic reload) or at least 1s</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="114"/>
        <source>&quot;command_timeout&quot; must be longer than 0s</source>
        <translation>&quot;command_timeout&quot; must be longer than 0s</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="144"/>
        <source>a state read by a command without &quot;dir&quot; needs a &quot;name&quot;</source>
        <translation>a state read by a command without &quot;dir&quot; needs a &quot;name&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="150"/>
        <source>another state is already named &quot;%1&quot;; give each state its own &quot;name&quot;</source>
        <translation>another state is already named &quot;%1&quot;; give each state its own &quot;name&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="183"/>
        <source>state has no &quot;backend&quot; (%1)</source>
        <translation>state has no &quot;backend&quot; (%1)</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="184"/>
        <source>state mixes the keys of several backends; set &quot;backend&quot; (%1)</source>
        <translation>state mixes the keys of several backends; set &quot;backend&quot; (%1)</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="202"/>
        <source>&quot;%1&quot; does not apply to backend %2; it is ignored</source>
        <translation>&quot;%1&quot; does not apply to backend %2; it is ignored</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="217"/>
        <source>&quot;workspace&quot; may hold only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;</source>
        <translation>&quot;workspace&quot; may hold only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="223"/>
        <source>&quot;workspace&quot; works with command: terraform or tofu; with a command of your own, select the workspace in that command</source>
        <translation>&quot;workspace&quot; works with command: terraform or tofu; with a command of your own, select the workspace in that command</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="235"/>
        <source>backend local needs &quot;local_path&quot;</source>
        <translation>backend local needs &quot;local_path&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="253"/>
        <source>backend s3 needs &quot;s3_bucket&quot; and &quot;s3_key&quot;</source>
        <translation>backend s3 needs &quot;s3_bucket&quot; and &quot;s3_key&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="281"/>
        <source>backend gcs needs &quot;gcs_bucket&quot;</source>
        <translation>backend gcs needs &quot;gcs_bucket&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="309"/>
        <source>backend command needs &quot;command&quot;: a list such as [terraform, -chdir=infra, state, pull], or terraform or tofu with &quot;dir&quot;</source>
        <translation>backend command needs &quot;command&quot;: a list such as [terraform, -chdir=infra, state, pull], or terraform or tofu with &quot;dir&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="325"/>
        <source>command: %1 needs &quot;dir&quot;, the Terraform configuration&apos;s folder</source>
        <translation>command: %1 needs &quot;dir&quot;, the Terraform configuration&apos;s folder</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="346"/>
        <source>&quot;command&quot; must not be empty</source>
        <translation>&quot;command&quot; must not be empty</translation>
    </message>
</context>
<context>
    <name>tfdrift::StateStore</name>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="78"/>
        <source>no local_path is set for the state</source>
        <translation>no local_path is set for the state</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="87"/>
        <location filename="../core/state/StateSourceLoader.cpp" line="92"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="89"/>
        <source>%1 is larger than 1 GiB: not a Terraform state</source>
        <translation>%1 is larger than 1 GiB: not a Terraform state</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="115"/>
        <source>no command is set for the state</source>
        <translation>no command is set for the state</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="132"/>
        <source>cannot run `%1`: %2</source>
        <translation>cannot run `%1`: %2</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="141"/>
        <source>`%1` was stopped</source>
        <translation>`%1` was stopped</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="146"/>
        <source>`%1` did not finish within %2 s</source>
        <translation>`%1` did not finish within %2 s</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="155"/>
        <source>`%1` crashed</source>
        <translation>`%1` crashed</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="156"/>
        <source>`%1` crashed: %2</source>
        <translation>`%1` crashed: %2</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="160"/>
        <source>`%1` failed with exit code %2</source>
        <translation>`%1` failed with exit code %2</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="161"/>
        <source>`%1` failed with exit code %2: %3</source>
        <translation>`%1` failed with exit code %2: %3</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="202"/>
        <source>unknown state backend</source>
        <translation>unknown state backend</translation>
    </message>
</context>
<context>
    <name>tfdrift::TerraformState</name>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="43"/>
        <source>expected a JSON object with &quot;version&quot;, &quot;serial&quot; and &quot;resources&quot;: not a Terraform state file</source>
        <translation>expected a JSON object with &quot;version&quot;, &quot;serial&quot; and &quot;resources&quot;: not a Terraform state file</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="128"/>
        <source>the state is encrypted (OpenTofu state encryption): use the command backend with `tofu state pull`, which decrypts it</source>
        <translation>the state is encrypted (OpenTofu state encryption): use the command backend with `tofu state pull`, which decrypts it</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="132"/>
        <source>missing &quot;version&quot;: not a Terraform state file</source>
        <translation>missing &quot;version&quot;: not a Terraform state file</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="134"/>
        <source>&quot;version&quot; must be an integer</source>
        <translation>&quot;version&quot; must be an integer</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="137"/>
        <source>state format version %1 is not supported: it was written by Terraform 0.11 or older; refresh it once with Terraform 0.12 or later to upgrade it</source>
        <translation>state format version %1 is not supported: it was written by Terraform 0.11 or older; refresh it once with Terraform 0.12 or later to upgrade it</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="141"/>
        <source>state format version %1 is newer than this console understands (4)</source>
        <translation>state format version %1 is newer than this console understands (4)</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="150"/>
        <source>&quot;serial&quot; must be a non-negative integer</source>
        <translation>&quot;serial&quot; must be a non-negative integer</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="158"/>
        <source>&quot;resources&quot; must be an array</source>
        <translation>&quot;resources&quot; must be an array</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="209"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; must be a string</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="225"/>
        <location filename="../core/state/TerraformState.cpp" line="271"/>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="229"/>
        <source>&quot;mode&quot; must be &quot;managed&quot; or &quot;data&quot;</source>
        <translation>&quot;mode&quot; must be &quot;managed&quot; or &quot;data&quot;</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="239"/>
        <source>a resource needs a &quot;type&quot; and a &quot;name&quot;</source>
        <translation>a resource needs a &quot;type&quot; and a &quot;name&quot;</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="256"/>
        <source>&quot;instances&quot; must be an array</source>
        <translation>&quot;instances&quot; must be an array</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="290"/>
        <source>&quot;index_key&quot; must be an integer or a string</source>
        <translation>&quot;index_key&quot; must be an integer or a string</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="298"/>
        <source>&quot;attributes&quot; must be an object</source>
        <translation>&quot;attributes&quot; must be an object</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="306"/>
        <source>&quot;attributes_flat&quot; must be an object</source>
        <translation>&quot;attributes_flat&quot; must be an object</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="337"/>
        <source>&quot;sensitive_attributes&quot; must be an array</source>
        <translation>&quot;sensitive_attributes&quot; must be an array</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="389"/>
        <location filename="../core/state/TerraformState.cpp" line="397"/>
        <location filename="../core/state/TerraformState.cpp" line="412"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="389"/>
        <source>the state is empty (no state stored yet?)</source>
        <translation>the state is empty (no state stored yet?)</translation>
    </message>
</context>
<context>
    <name>tfdrift::YamlDiagnostics</name>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="59"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; must be a string</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="67"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="77"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="89"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; must be a whole number</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="93"/>
        <source>&quot;%1&quot; must be between %2 and %3</source>
        <translation>&quot;%1&quot; must be between %2 and %3</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="104"/>
        <source>&quot;%1&quot; must be a duration such as &quot;100ms&quot;, &quot;30s&quot; or &quot;5m&quot;</source>
        <translation>&quot;%1&quot; must be a duration such as &quot;100ms&quot;, &quot;30s&quot; or &quot;5m&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="114"/>
        <source>&quot;%1&quot; must be a mapping of keys to values</source>
        <translation>&quot;%1&quot; must be a mapping of keys to values</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="124"/>
        <source>unknown key &quot;%1&quot; in %2; it is ignored</source>
        <translation>unknown key &quot;%1&quot; in %2; it is ignored</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="27"/>
        <source>Usage: tfdrift &lt;command&gt; [options]
Terraform drift detection from Falco alerts, without a window.

Commands:
</source>
        <translation>Usage: tfdrift &lt;command&gt; [options]
Terraform drift detection from Falco alerts, without a window.

Commands:
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32"/>
        <source>
Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

Run &quot;tfdrift &lt;command&gt; --help&quot; for a command&apos;s options.
</source>
        <translation>
Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

Run &quot;tfdrift &lt;command&gt; --help&quot; for a command&apos;s options.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>unknown command &quot;%1&quot;; see tfdrift --help</source>
        <translation>unknown command &quot;%1&quot;; see tfdrift --help</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusPrinter.cpp" line="16"/>
        <source>Falco version %1</source>
        <translation>Falco version %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::CliCommand</name>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="53"/>
        <source>--count needs a positive number</source>
        <translation>--count needs a positive number</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::CliNotifications</name>
    <message numerus="yes">
        <location filename="../app/cli/CliNotifications.cpp" line="39"/>
        <source>%1: notification %2 dead-lettered after %n attempt(s): %3</source>
        <translation>
            <numerusform>%1: notification %2 dead-lettered after %n attempt(s): %3</numerusform>
            <numerusform>%1: notification %2 dead-lettered after %n attempt(s): %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliNotifications.cpp" line="46"/>
        <source>%1: notification %2 failed (%3), next attempt at %4</source>
        <translation>%1: notification %2 failed (%3), next attempt at %4</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::ConfigCommand</name>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="20"/>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="20"/>
        <source>%1 errors</source>
        <translation>%1 errors</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="25"/>
        <source>1 warning</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="25"/>
        <source>%1 warnings</source>
        <translation>%1 warnings</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="36"/>
        <source>Check a config.yaml and report its errors and warnings with their line and column</source>
        <translation>Check a config.yaml and report its errors and warnings with their line and column</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="44"/>
        <source>

Exit status: 0 when the file is valid (warnings allowed), 1 when it has errors, 2 on usage errors.</source>
        <translation>

Exit status: 0 when the file is valid (warnings allowed), 1 when it has errors, 2 on usage errors.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="46"/>
        <source>Check FILE.</source>
        <translation>Check FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="46"/>
        <source>check FILE</source>
        <translation>check FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="53"/>
        <source>missing subcommand; usage: tfdrift config check FILE</source>
        <translation>missing subcommand; usage: tfdrift config check FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="57"/>
        <source>unknown subcommand &quot;%1&quot;; usage: tfdrift config check FILE</source>
        <translation>unknown subcommand &quot;%1&quot;; usage: tfdrift config check FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="62"/>
        <source>missing FILE; usage: tfdrift config check FILE</source>
        <translation>missing FILE; usage: tfdrift config check FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="66"/>
        <source>unexpected argument: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="86"/>
        <source>%1: OK</source>
        <translation>%1: OK</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="88"/>
        <location filename="../app/cli/ConfigCommand.cpp" line="90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="92"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::EmulateCommand</name>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="30"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="47"/>
        <source>%1 records raised %2 alerts</source>
        <translation>%1 records raised %2 alerts</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="54"/>
        <source>Run a stand-in Falco that replays alerts over gRPC or posts them like http_output</source>
        <translation>Run a stand-in Falco that replays alerts over gRPC or posts them like http_output</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="62"/>
        <source>Serve gRPC on TCP host:port (port 0: any).</source>
        <translation>Serve gRPC on TCP host:port (port 0: any).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="62"/>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="63"/>
        <source>Serve gRPC on a unix socket.</source>
        <translation>Serve gRPC on a unix socket.</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="64"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="66"/>
        <source>POST each alert to URL as Falco&apos;s http_output does.</source>
        <translation>POST each alert to URL as Falco&apos;s http_output does.</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="67"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="69"/>
        <source>CA that signs client certificates (mTLS).</source>
        <translation>CA that signs client certificates (mTLS).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="69"/>
        <location filename="../app/cli/EmulateCommand.cpp" line="71"/>
        <location filename="../app/cli/EmulateCommand.cpp" line="73"/>
        <location filename="../app/cli/EmulateCommand.cpp" line="79"/>
        <location filename="../app/cli/EmulateCommand.cpp" line="84"/>
        <location filename="../app/cli/EmulateCommand.cpp" line="88"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="70"/>
        <source>Server certificate (mTLS).</source>
        <translation>Server certificate (mTLS).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="72"/>
        <source>Server private key (mTLS).</source>
        <translation>Server private key (mTLS).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="76"/>
        <source>Serve plain TCP without TLS (tests only; real Falco requires mTLS).</source>
        <translation>Serve plain TCP without TLS (tests only; real Falco requires mTLS).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="78"/>
        <source>JSON-lines alerts to replay (default: the built-in demo feed).</source>
        <translation>JSON-lines alerts to replay (default: the built-in demo feed).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="82"/>
        <source>Act as Falco over recorded audit events: a CloudTrail file or JSON lines of CloudTrail records or GCP audit entries; the alerts the rules raise are served.</source>
        <translation>Act as Falco over recorded audit events: a CloudTrail file or JSON lines of CloudTrail records or GCP audit entries; the alerts the rules raise are served.</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="87"/>
        <source>Rules for --cloudtrail; repeat for several (default: the bundled tfdrift_rules.yaml).</source>
        <translation>Rules for --cloudtrail; repeat for several (default: the bundled tfdrift_rules.yaml).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="90"/>
        <source>Alerts per second; 0 sends all at once (default 10).</source>
        <translation>Alerts per second; 0 sends all at once (default 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="91"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="93"/>
        <source>Start over at the end of the file.</source>
        <translation>Start over at the end of the file.</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="96"/>
        <source>Keep recorded times instead of stamping alerts with the current time.</source>
        <translation>Keep recorded times instead of stamping alerts with the current time.</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="99"/>
        <source>Exit once every alert was sent (and, for gRPC, taken by a client).</source>
        <translation>Exit once every alert was sent (and, for gRPC, taken by a client).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="110"/>
        <source>give exactly one of --listen, --unix or --post</source>
        <translation>give exactly one of --listen, --unix or --post</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="116"/>
        <source>--rate needs a number &gt;= 0</source>
        <translation>--rate needs a number &gt;= 0</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="120"/>
        <source>--loop never drains; it cannot be combined with --exit-when-drained</source>
        <translation>--loop never drains; it cannot be combined with --exit-when-drained</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="125"/>
        <source>give either --replay or --cloudtrail, not both</source>
        <translation>give either --replay or --cloudtrail, not both</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="129"/>
        <source>--rules only applies with --cloudtrail</source>
        <translation>--rules only applies with --cloudtrail</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="143"/>
        <source>no alerts to replay</source>
        <translation>no alerts to replay</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="152"/>
        <source>--post needs an http:// or https:// URL</source>
        <translation>--post needs an http:// or https:// URL</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="169"/>
        <source>the receiver answered HTTP %1: %2</source>
        <translation>the receiver answered HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="185"/>
        <source>posting to %1</source>
        <translation>posting to %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="200"/>
        <source>TCP needs --tls-ca, --tls-cert and --tls-key (mutual TLS, as Falco), or --insecure</source>
        <translation>TCP needs --tls-ca, --tls-cert and --tls-key (mutual TLS, as Falco), or --insecure</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="210"/>
        <source>listening on unix://%1</source>
        <translation>listening on unix://%1</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="213"/>
        <source>listening on %1:%2</source>
        <translation>listening on %1:%2</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::NotifyCommand</name>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="38"/>
        <source>The config.yaml to use (default: ./config.yaml).</source>
        <translation>The config.yaml to use (default: ./config.yaml).</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="39"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="73"/>
        <source>unexpected argument: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="111"/>
        <source>Send a test drift event, marked as a test, to each enabled channel or to one.
Exit status: 0 when every channel accepted it, 1 when one failed, 2 on usage errors.</source>
        <translation>Send a test drift event, marked as a test, to each enabled channel or to one.
Exit status: 0 when every channel accepted it, 1 when one failed, 2 on usage errors.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="114"/>
        <source>Only this channel (slack, discord, teams, pagerduty, webhook, custom, falco_output).</source>
        <translation>Only this channel (slack, discord, teams, pagerduty, webhook, custom, falco_output).</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="116"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="147"/>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="147"/>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="147"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="147"/>
        <source>LATENCY</source>
        <translation>LATENCY</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="148"/>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="148"/>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="153"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="153"/>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="154"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/NotifyCommand.cpp" line="157"/>
        <source>%n channel(s) tested, %1 failed</source>
        <translation>
            <numerusform>%n channel(s) tested, %1 failed</numerusform>
            <numerusform>%n channel(s) tested, %1 failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="165"/>
        <source>Deliver what the notification outbox holds, then exit.
Exit status: 0 when nothing is left to send, 1 when notifications still wait or were dead-lettered, 2 on usage errors.</source>
        <translation>Deliver what the notification outbox holds, then exit.
Exit status: 0 when nothing is left to send, 1 when notifications still wait or were dead-lettered, 2 on usage errors.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="169"/>
        <source>Give up waiting after this long (default 60s).</source>
        <translation>Give up waiting after this long (default 60s).</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="170"/>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="179"/>
        <source>--timeout needs a duration such as 30s or 5m</source>
        <translation>--timeout needs a duration such as 30s or 5m</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="194"/>
        <source>outbox %1: %2 delivered, %3 pending, %4 dead</source>
        <translation>outbox %1: %2 delivered, %3 pending, %4 dead</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="215"/>
        <source>List the notifications in the outbox, with the reason each dead letter failed.</source>
        <translation>List the notifications in the outbox, with the reason each dead letter failed.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="218"/>
        <source>pending, dead or delivered (default: pending and dead).</source>
        <translation>pending, dead or delivered (default: pending and dead).</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="219"/>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="220"/>
        <source>One JSON object per line.</source>
        <translation>One JSON object per line.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="229"/>
        <source>--state must be pending, dead or delivered</source>
        <translation>--state must be pending, dead or delivered</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/NotifyCommand.cpp" line="258"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt(s)</numerusform>
            <numerusform>%n attempt(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="265"/>
        <source>%1 pending, %2 dead, %3 delivered; repeated events suppressed: %4; possible duplicates sent (an earlier attempt may already have arrived): %5</source>
        <translation>%1 pending, %2 dead, %3 delivered; repeated events suppressed: %4; possible duplicates sent (an earlier attempt may already have arrived): %5</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="278"/>
        <source>Put dead letters back in the queue; the next `tfdrift notify flush` or `tfdrift watch` sends them.</source>
        <translation>Put dead letters back in the queue; the next `tfdrift notify flush` or `tfdrift watch` sends them.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="280"/>
        <source>The dead letter to retry.</source>
        <translation>The dead letter to retry.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="281"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="282"/>
        <source>Retry every dead letter.</source>
        <translation>Retry every dead letter.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="288"/>
        <source>give either --id N or --all</source>
        <translation>give either --id N or --all</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="296"/>
        <source>--id needs a notification number from `tfdrift notify outbox`</source>
        <translation>--id needs a notification number from `tfdrift notify outbox`</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/NotifyCommand.cpp" line="304"/>
        <source>%n dead letter(s) queued again</source>
        <translation>
            <numerusform>%n dead letter(s) queued again</numerusform>
            <numerusform>%n dead letter(s) queued again</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="312"/>
        <source>Store a secret in the OS secret store, for keychain:NAME in config.yaml. The value is read from standard input, so that it stays out of the shell history.</source>
        <translation>Store a secret in the OS secret store, for keychain:NAME in config.yaml. The value is read from standard input, so that it stays out of the shell history.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="315"/>
        <source>The action: set.</source>
        <translation>The action: set.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="316"/>
        <source>The entry&apos;s name.</source>
        <translation>The entry&apos;s name.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="322"/>
        <source>usage: tfdrift notify secret set NAME &lt; value</source>
        <translation>usage: tfdrift notify secret set NAME &lt; value</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="327"/>
        <source>cannot read standard input</source>
        <translation>cannot read standard input</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="332"/>
        <source>no secret on standard input</source>
        <translation>no secret on standard input</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="346"/>
        <source>stored; use &quot;keychain:%1&quot; in config.yaml</source>
        <translation>stored; use &quot;keychain:%1&quot; in config.yaml</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="355"/>
        <source>Send a test drift event to each enabled channel and show what each service said</source>
        <translation>Send a test drift event to each enabled channel and show what each service said</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="357"/>
        <source>Deliver what the outbox holds, then exit</source>
        <translation>Deliver what the outbox holds, then exit</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="359"/>
        <source>List pending and dead-lettered notifications</source>
        <translation>List pending and dead-lettered notifications</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="360"/>
        <source>Queue dead letters again</source>
        <translation>Queue dead letters again</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="362"/>
        <source>Store a channel secret in the OS secret store</source>
        <translation>Store a channel secret in the OS secret store</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="367"/>
        <source>Test notification channels and manage the notification outbox</source>
        <translation>Test notification channels and manage the notification outbox</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="372"/>
        <source>Usage: tfdrift notify &lt;subcommand&gt; [options]</source>
        <translation>Usage: tfdrift notify &lt;subcommand&gt; [options]</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::RulesCommand</name>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="37"/>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="37"/>
        <source>%1 errors</source>
        <translation>%1 errors</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="42"/>
        <source>1 warning</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="42"/>
        <source>%1 warnings</source>
        <translation>%1 warnings</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="47"/>
        <source>1 file</source>
        <translation>1 file</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="47"/>
        <source>%1 files</source>
        <translation>%1 files</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="52"/>
        <source>1 rule</source>
        <translation>1 rule</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="52"/>
        <source>%1 rules</source>
        <translation>%1 rules</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="72"/>
        <source>

Exit status: 0 when the files are valid (warnings allowed), 1 when they have errors, 2 on usage errors.</source>
        <translation>

Exit status: 0 when the files are valid (warnings allowed), 1 when they have errors, 2 on usage errors.</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="74"/>
        <source>Print JSON instead of text.</source>
        <translation>Print JSON instead of text.</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="77"/>
        <source>Rules files, loaded in this order (as Falco&apos;s rules_files).</source>
        <translation>Rules files, loaded in this order (as Falco&apos;s rules_files).</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="78"/>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="86"/>
        <source>Usage: %1 [options] FILE...</source>
        <translation>Usage: %1 [options] FILE...</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="95"/>
        <source>missing FILE; usage: %1 [--json] FILE...</source>
        <translation>missing FILE; usage: %1 [--json] FILE...</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="149"/>
        <source>Check Falco rules files as `falco -V` does and print each finding as
FILE:LINE:COL: error|warning: CODE: message, with a suggested fix where one is known.
Files load in the order given, with Falco&apos;s append and override semantics.
--json prints the document of `falco -V FILE... -o json_output=true` instead.</source>
        <translation>Check Falco rules files as `falco -V` does and print each finding as
FILE:LINE:COL: error|warning: CODE: message, with a suggested fix where one is known.
Files load in the order given, with Falco&apos;s append and override semantics.
--json prints the document of `falco -V FILE... -o json_output=true` instead.</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="168"/>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 in %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="180"/>
        <source>List the rules of Falco rules files as they stand after every append and override:
name, source, priority, enabled and tags. Errors that stop a file from loading go to stderr;
`tfdrift rules validate` shows every finding.</source>
        <translation>List the rules of Falco rules files as they stand after every append and override:
name, source, priority, enabled and tags. Errors that stop a file from loading go to stderr;
`tfdrift rules validate` shows every finding.</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="202"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="202"/>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="202"/>
        <source>PRIORITY</source>
        <translation>PRIORITY</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="203"/>
        <source>ENABLED</source>
        <translation>ENABLED</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="203"/>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="206"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="206"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="221"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="222"/>
        <source>%1 in %2; %3 while loading</source>
        <translation>%1 in %2; %3 while loading</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="230"/>
        <source>Check rules files as `falco -V` does, with line, column and suggested fixes</source>
        <translation>Check rules files as `falco -V` does, with line, column and suggested fixes</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="232"/>
        <source>List the rules: name, source, priority, enabled, tags</source>
        <translation>List the rules: name, source, priority, enabled, tags</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="236"/>
        <source>Dry-run rules over recorded CloudTrail or GCP audit events and print the alerts</source>
        <translation>Dry-run rules over recorded CloudTrail or GCP audit events and print the alerts</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="242"/>
        <source>Validate, list and dry-run Falco rules files</source>
        <translation>Validate, list and dry-run Falco rules files</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="247"/>
        <source>Usage: tfdrift rules &lt;subcommand&gt; [options] FILE...</source>
        <translation>Usage: tfdrift rules &lt;subcommand&gt; [options] FILE...</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::RulesTestCommand</name>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="41"/>
        <source>event %1: not a %2 event</source>
        <translation>event %1: not a %2 event</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="45"/>
        <source>event %1: %2</source>
        <translation>event %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="46"/>
        <source>match</source>
        <translation>match</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="46"/>
        <source>no match</source>
        <translation>no match</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="85"/>
        <source>Dry-run rules over recorded cloud audit events and print the alerts Falco would emit.

Events: a CloudTrail log file ({&quot;Records&quot;: [...]}), JSON lines of CloudTrail records, or JSON lines of GCP audit LogEntry objects.

Exit status: 0 when every file was read, 1 when the rules have errors or an event could not be read, 2 on usage errors.</source>
        <translation>Dry-run rules over recorded cloud audit events and print the alerts Falco would emit.

Events: a CloudTrail log file ({&quot;Records&quot;: [...]}), JSON lines of CloudTrail records, or JSON lines of GCP audit LogEntry objects.

Exit status: 0 when every file was read, 1 when the rules have errors or an event could not be read, 2 on usage errors.</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="91"/>
        <source>A rules file; repeat for several, loaded in order.</source>
        <translation>A rules file; repeat for several, loaded in order.</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="92"/>
        <location filename="../app/cli/RulesTestCommand.cpp" line="94"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="93"/>
        <source>The recorded events.</source>
        <translation>The recorded events.</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="97"/>
        <source>Instead of alerts, show for each event which part of RULE&apos;s condition decided the result.</source>
        <translation>Instead of alerts, show for each event which part of RULE&apos;s condition decided the result.</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="98"/>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="100"/>
        <source>Also run rules that are disabled (enabled: false).</source>
        <translation>Also run rules that are disabled (enabled: false).</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="102"/>
        <source>The hostname alerts carry (default: this machine&apos;s).</source>
        <translation>The hostname alerts carry (default: this machine&apos;s).</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="103"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="109"/>
        <source>give --rules FILE and --events FILE; see tfdrift rules test --help</source>
        <translation>give --rules FILE and --events FILE; see tfdrift rules test --help</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="113"/>
        <source>unexpected argument: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="67"/>
        <source>the rules have errors; Falco would not load them (see tfdrift rules validate)</source>
        <translation>the rules have errors; Falco would not load them (see tfdrift rules validate)</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="127"/>
        <source>no rule named &quot;%1&quot; can be evaluated</source>
        <translation>no rule named &quot;%1&quot; can be evaluated</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="131"/>
        <source>warning: rule &quot;%1&quot; (%2) is not evaluated: %3</source>
        <translation>warning: rule &quot;%1&quot; (%2) is not evaluated: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="144"/>
        <source>%1 events, %2 alerts from %3 rules</source>
        <translation>%1 events, %2 alerts from %3 rules</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::SubcommandCommand</name>
    <message>
        <location filename="../app/cli/SubcommandCommand.cpp" line="24"/>
        <source>Subcommands:
</source>
        <translation>Subcommands:
</translation>
    </message>
    <message>
        <location filename="../app/cli/SubcommandCommand.cpp" line="27"/>
        <source>
Run &quot;tfdrift %1 &lt;subcommand&gt; --help&quot; for a subcommand&apos;s options.
</source>
        <translation>
Run &quot;tfdrift %1 &lt;subcommand&gt; --help&quot; for a subcommand&apos;s options.
</translation>
    </message>
    <message>
        <location filename="../app/cli/SubcommandCommand.cpp" line="42"/>
        <source>missing subcommand; usage: tfdrift %1 %2 ...</source>
        <translation>missing subcommand; usage: tfdrift %1 %2 ...</translation>
    </message>
    <message>
        <location filename="../app/cli/SubcommandCommand.cpp" line="53"/>
        <source>unknown subcommand &quot;%1&quot;; usage: tfdrift %2 %3 ...</source>
        <translation>unknown subcommand &quot;%1&quot;; usage: tfdrift %2 %3 ...</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::TailCommand</name>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="38"/>
        <source>Receive alerts from Falco (gRPC, HTTP or a capture file) and print them as JSON lines</source>
        <translation>Receive alerts from Falco (gRPC, HTTP or a capture file) and print them as JSON lines</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="46"/>
        <source>Subscribe to Falco&apos;s gRPC output at host:port.</source>
        <translation>Subscribe to Falco&apos;s gRPC output at host:port.</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="46"/>
        <location filename="../app/cli/TailCommand.cpp" line="52"/>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="48"/>
        <source>Subscribe to Falco&apos;s gRPC output on a unix socket.</source>
        <translation>Subscribe to Falco&apos;s gRPC output on a unix socket.</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="49"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="51"/>
        <source>Receive Falco http_output / falcosidekick posts on host:port.</source>
        <translation>Receive Falco http_output / falcosidekick posts on host:port.</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="54"/>
        <source>Read a JSON-lines capture file.</source>
        <translation>Read a JSON-lines capture file.</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="54"/>
        <location filename="../app/cli/TailCommand.cpp" line="57"/>
        <location filename="../app/cli/TailCommand.cpp" line="60"/>
        <location filename="../app/cli/TailCommand.cpp" line="62"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="56"/>
        <source>CA certificate that signs the server (gRPC mTLS).</source>
        <translation>CA certificate that signs the server (gRPC mTLS).</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="60"/>
        <source>Client certificate (gRPC mTLS) or server certificate (--listen HTTPS).</source>
        <translation>Client certificate (gRPC mTLS) or server certificate (--listen HTTPS).</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="61"/>
        <source>Private key for --tls-cert.</source>
        <translation>Private key for --tls-cert.</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="65"/>
        <source>Plain TCP gRPC without TLS (test servers only; Falco never serves it).</source>
        <translation>Plain TCP gRPC without TLS (test servers only; Falco never serves it).</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="68"/>
        <source>Require this environment variable&apos;s value as the HTTP bearer token.</source>
        <translation>Require this environment variable&apos;s value as the HTTP bearer token.</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="68"/>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="69"/>
        <source>Exit after N alerts.</source>
        <translation>Exit after N alerts.</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="70"/>
        <location filename="../app/cli/TailCommand.cpp" line="73"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="73"/>
        <source>Give up after N failed connection attempts in a row (default: never).</source>
        <translation>Give up after N failed connection attempts in a row (default: never).</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="75"/>
        <source>Milliseconds between gRPC poll requests (default 100).</source>
        <translation>Milliseconds between gRPC poll requests (default 100).</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="76"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="78"/>
        <source>Name of this source in the output.</source>
        <translation>Name of this source in the output.</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="78"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="88"/>
        <source>give exactly one of --grpc, --unix, --listen or --replay</source>
        <translation>give exactly one of --grpc, --unix, --listen or --replay</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="92"/>
        <source>unexpected argument: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="110"/>
        <source>--max-retries needs a number &gt;= 0</source>
        <translation>--max-retries needs a number &gt;= 0</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="117"/>
        <source>--poll-interval needs milliseconds between 1 and 60000</source>
        <translation>--poll-interval needs milliseconds between 1 and 60000</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="129"/>
        <source>--grpc needs host:port, got &quot;%1&quot;</source>
        <translation>--grpc needs host:port, got &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="136"/>
        <source>gRPC over TCP needs --tls-ca, --tls-cert and --tls-key (Falco serves TCP only with mutual TLS), or --insecure for a local test server</source>
        <translation>gRPC over TCP needs --tls-ca, --tls-cert and --tls-key (Falco serves TCP only with mutual TLS), or --insecure for a local test server</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="149"/>
        <source>HTTPS needs both --tls-cert and --tls-key</source>
        <translation>HTTPS needs both --tls-cert and --tls-key</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="156"/>
        <source>environment variable %1 is not set</source>
        <translation>environment variable %1 is not set</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::WatchCommand</name>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="36"/>
        <source>Detect drift from Falco alerts and print drift events as JSON lines</source>
        <translation>Detect drift from Falco alerts and print drift events as JSON lines</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="43"/>
        <source>The config.yaml to use.</source>
        <translation>The config.yaml to use.</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="44"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="47"/>
        <source>Run on the built-in demo: a stand-in Falco replaying sample CloudTrail and GCP alerts against two sample accounts&apos; Terraform state.</source>
        <translation>Run on the built-in demo: a stand-in Falco replaying sample CloudTrail and GCP alerts against two sample accounts&apos; Terraform state.</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="49"/>
        <source>Exit after N drift events.</source>
        <translation>Exit after N drift events.</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="50"/>
        <location filename="../app/cli/WatchCommand.cpp" line="52"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="52"/>
        <source>Demo alerts per second (default 100).</source>
        <translation>Demo alerts per second (default 100).</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="58"/>
        <source>give either --config FILE or --demo</source>
        <translation>give either --config FILE or --demo</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="62"/>
        <source>unexpected argument: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="73"/>
        <source>--rate needs a positive number</source>
        <translation>--rate needs a positive number</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="106"/>
        <source>no Falco source is configured: add falco.endpoints, or falco.hostname and port</source>
        <translation>no Falco source is configured: add falco.endpoints, or falco.hostname and port</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/WatchCommand.cpp" line="125"/>
        <source>state %1: %n resource(s), serial %2</source>
        <translation>
            <numerusform>state %1: %n resource(s), serial %2</numerusform>
            <numerusform>state %1: %n resource(s), serial %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="129"/>
        <source>state %1: %2</source>
        <translation>state %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="160"/>
        <source>notifications not yet delivered stay in the outbox for the next run</source>
        <translation>notifications not yet delivered stay in the outbox for the next run</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::ChannelPayloads</name>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="158"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="212"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="310"/>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="159"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="213"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="310"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="160"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="214"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="311"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="162"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="215"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="311"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="163"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="216"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="312"/>
        <source>Account / region</source>
        <translation>Account / region</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="164"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="217"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="315"/>
        <source>API call</source>
        <translation>API call</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="166"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="219"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="314"/>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="179"/>
        <source>Falco rule: </source>
        <translation>Falco rule: </translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="303"/>
        <source>Test notification sent from TFDrift Console.</source>
        <translation>Test notification sent from TFDrift Console.</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="316"/>
        <source>Falco rule</source>
        <translation>Falco rule</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="321"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/notify/ChannelPayloads.cpp" line="336"/>
        <source>and %n more change(s)</source>
        <translation>
            <numerusform>and %n more change(s)</numerusform>
            <numerusform>and %n more change(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::ChannelQueue</name>
    <message>
        <location filename="../core/notify/ChannelQueue.cpp" line="60"/>
        <source>%1: cannot read the channel&apos;s secrets, its notifications wait in the outbox: %2</source>
        <translation>%1: cannot read the channel&apos;s secrets, its notifications wait in the outbox: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/notify/ChannelQueue.cpp" line="133"/>
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>gave up after %n attempt(s): %1</numerusform>
            <numerusform>gave up after %n attempt(s): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::ChannelSecrets</name>
    <message>
        <location filename="../core/notify/ChannelSecrets.cpp" line="73"/>
        <source>%1: no OS secret store is available</source>
        <translation>%1: no OS secret store is available</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::DriftSummary</name>
    <message>
        <location filename="../core/notify/DriftSummary.cpp" line="22"/>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../core/notify/DriftSummary.cpp" line="36"/>
        <source>Drift: %1 %2</source>
        <translation>Drift: %1 %2</translation>
    </message>
    <message>
        <location filename="../core/notify/DriftSummary.cpp" line="38"/>
        <source>[TEST] %1</source>
        <translation>[TEST] %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::FileChannelTransport</name>
    <message>
        <location filename="../core/notify/FileChannelTransport.cpp" line="25"/>
        <source>cannot write to standard output</source>
        <translation>cannot write to standard output</translation>
    </message>
    <message>
        <location filename="../core/notify/FileChannelTransport.cpp" line="29"/>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/FileChannelTransport.cpp" line="32"/>
        <source>cannot write to %1: %2</source>
        <translation>cannot write to %1: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::HttpChannelTransport</name>
    <message>
        <location filename="../core/notify/HttpChannelTransport.cpp" line="69"/>
        <source>ca_file %1 holds no PEM certificate</source>
        <translation>ca_file %1 holds no PEM certificate</translation>
    </message>
    <message>
        <location filename="../core/notify/HttpChannelTransport.cpp" line="110"/>
        <source>the channel&apos;s URL is not valid</source>
        <translation>the channel&apos;s URL is not valid</translation>
    </message>
    <message>
        <location filename="../core/notify/HttpChannelTransport.cpp" line="159"/>
        <source>no answer within %1 ms</source>
        <translation>no answer within %1 ms</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::NotificationManager</name>
    <message>
        <location filename="../core/notify/NotificationManager.cpp" line="62"/>
        <source>%1: cannot write &quot;%2&quot; to the notification outbox: %3</source>
        <translation>%1: cannot write &quot;%2&quot; to the notification outbox: %3</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::Outbox</name>
    <message>
        <location filename="../core/notify/Outbox.cpp" line="116"/>
        <source>cannot open the notification outbox %1: %2</source>
        <translation>cannot open the notification outbox %1: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::SecretStore</name>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="20"/>
        <source>access denied (%1)</source>
        <translation>access denied (%1)</translation>
    </message>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="24"/>
        <source>%1; is a secret service (GNOME Keyring, KWallet, macOS Keychain) running and unlocked in this session? Without one, use ${ENV_VAR}</source>
        <translation>%1; is a secret service (GNOME Keyring, KWallet, macOS Keychain) running and unlocked in this session? Without one, use ${ENV_VAR}</translation>
    </message>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="52"/>
        <source>the OS secret store has no entry &quot;%1&quot; for %2</source>
        <translation>the OS secret store has no entry &quot;%1&quot; for %2</translation>
    </message>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="53"/>
        <source>the OS secret store could not read &quot;%1&quot;: %2</source>
        <translation>the OS secret store could not read &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="70"/>
        <source>the OS secret store could not store &quot;%1&quot;: %2</source>
        <translation>the OS secret store could not store &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::TestAlertRunner</name>
    <message>
        <location filename="../core/notify/TestAlertRunner.cpp" line="38"/>
        <source>channel &quot;%1&quot; is not enabled (set notifications.%1.enabled: true)</source>
        <translation>channel &quot;%1&quot; is not enabled (set notifications.%1.enabled: true)</translation>
    </message>
    <message>
        <location filename="../core/notify/TestAlertRunner.cpp" line="48"/>
        <source>no notification channel is enabled</source>
        <translation>no notification channel is enabled</translation>
    </message>
    <message>
        <location filename="../core/notify/TestAlertRunner.cpp" line="49"/>
        <source>the config has no channel &quot;%1&quot; under notifications</source>
        <translation>the config has no channel &quot;%1&quot; under notifications</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules</name>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="65"/>
        <source>File read error</source>
        <translation>File read error</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="66"/>
        <source>YAML parse error</source>
        <translation>YAML parse error</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="68"/>
        <source>Error validating internal structure of YAML file</source>
        <translation>Error validating internal structure of YAML file</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="70"/>
        <source>Error compiling condition</source>
        <translation>Error compiling condition</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="72"/>
        <source>Error compiling output</source>
        <translation>Error compiling output</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="74"/>
        <source>Error validating rule/macro/list/exception objects</source>
        <translation>Error validating rule/macro/list/exception objects</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="75"/>
        <source>Unknown event source</source>
        <translation>Unknown event source</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="77"/>
        <source>Unsafe &lt;NA&gt; comparison in condition</source>
        <translation>Unsafe &lt;NA&gt; comparison in condition</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="79"/>
        <source>Condition has no event-type restriction</source>
        <translation>Condition has no event-type restriction</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="81"/>
        <source>Warning in rule condition</source>
        <translation>Warning in rule condition</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="83"/>
        <source>Unknown field or event-type in condition or output</source>
        <translation>Unknown field or event-type in condition or output</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="84"/>
        <source>Unused macro</source>
        <translation>Unused macro</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="85"/>
        <source>Unused list</source>
        <translation>Unused list</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="86"/>
        <source>Unknown rules file item</source>
        <translation>Unknown rules file item</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="87"/>
        <source>Used deprecated item</source>
        <translation>Used deprecated item</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="89"/>
        <source>Overriding/appending with no values</source>
        <translation>Overriding/appending with no values</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="90"/>
        <source>Unknown key in item</source>
        <translation>Unknown key in item</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="92"/>
        <source>Invalid macro name</source>
        <translation>Invalid macro name</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="93"/>
        <source>Invalid list name</source>
        <translation>Invalid list name</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="95"/>
        <source>Multiple exceptions defined with the same name</source>
        <translation>Multiple exceptions defined with the same name</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="101"/>
        <source> Did you mean &apos;%1&apos;?</source>
        <translation> Did you mean &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="140"/>
        <source>since enter events are dropped, &apos;evt.dir = &lt;&apos; is always true and &apos;evt.dir = &gt;&apos; always false; remove the condition on evt.dir</source>
        <translation>since enter events are dropped, &apos;evt.dir = &lt;&apos; is always true and &apos;evt.dir = &gt;&apos; always false; remove the condition on evt.dir</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="143"/>
        <source>the field has no value since enter events are dropped</source>
        <translation>the field has no value since enter events are dropped</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="41"/>
        <source>invalid formatting token %: a trailing &apos;%&apos; names no field</source>
        <translation>invalid formatting token %: a trailing &apos;%&apos; names no field</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="48"/>
        <source>invalid formatting token %(: write %field, not %(field)</source>
        <translation>invalid formatting token %(: write %field, not %(field)</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="57"/>
        <source>invalid formatting token %1</source>
        <translation>invalid formatting token %1</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="64"/>
        <source>invalid formatting token %1: missing &apos;)&apos;</source>
        <translation>invalid formatting token %1: missing &apos;)&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="83"/>
        <source>invalid formatting token %1: missing &apos;]&apos;</source>
        <translation>invalid formatting token %1: missing &apos;]&apos;</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::ConditionCompiler</name>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="54"/>
        <source>the condition is empty</source>
        <translation>the condition is empty</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="119"/>
        <source>expected a condition here</source>
        <translation>expected a condition here</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="126"/>
        <source>Undefined macro &apos;%1&apos; used in filter.</source>
        <translation>Undefined macro &apos;%1&apos; used in filter.</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="129"/>
        <source>macro &apos;%1&apos; refers to itself (through %2)</source>
        <translation>macro &apos;%1&apos; refers to itself (through %2)</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="138"/>
        <source>macro &apos;%1&apos; does not compile: %2</source>
        <translation>macro &apos;%1&apos; does not compile: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="166"/>
        <source>the evaluator cannot extract field %1</source>
        <translation>the evaluator cannot extract field %1</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="174"/>
        <source>expected a field here</source>
        <translation>expected a field here</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="176"/>
        <source>the evaluator does not support the transformer %1()</source>
        <translation>the evaluator does not support the transformer %1()</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="208"/>
        <source>the comparison has no value</source>
        <translation>the comparison has no value</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="212"/>
        <source>the evaluator does not support %1() as a value</source>
        <translation>the evaluator does not support %1() as a value</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="241"/>
        <source>&apos;%1&apos; is not an even number of hex digits</source>
        <translation>&apos;%1&apos; is not an even number of hex digits</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="250"/>
        <source>invalid regular expression &apos;%1&apos;: %2</source>
        <translation>invalid regular expression &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="270"/>
        <source>&apos;%1&apos; is not a number, but %2 is numeric</source>
        <translation>&apos;%1&apos; is not a number, but %2 is numeric</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::ConditionLexer</name>
    <message>
        <location filename="../core/rules/ConditionLexer.cpp" line="244"/>
        <source>invalid escape \&quot; in a single-quoted string</source>
        <translation>invalid escape \&quot; in a single-quoted string</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionLexer.cpp" line="245"/>
        <source>invalid escape \&apos; in a double-quoted string</source>
        <translation>invalid escape \&apos; in a double-quoted string</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionLexer.cpp" line="252"/>
        <source>unsupported escape sequence &apos;\%1&apos;; expected one of \b \f \n \r \t \\ \/ \&quot; \&apos;</source>
        <translation>unsupported escape sequence &apos;\%1&apos;; expected one of \b \f \n \r \t \\ \/ \&quot; \&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionLexer.cpp" line="259"/>
        <source>unterminated string: expected a closing %1</source>
        <translation>unterminated string: expected a closing %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::EventFileReader</name>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="35"/>
        <source>%1: error: cannot read the file: %2</source>
        <translation>%1: error: cannot read the file: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="76"/>
        <source>expected a JSON object (a CloudTrail record or a LogEntry)</source>
        <translation>expected a JSON object (a CloudTrail record or a LogEntry)</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="87"/>
        <source>the file holds no events</source>
        <translation>the file holds no events</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="102"/>
        <source>record %1 of Records: </source>
        <translation>record %1 of Records: </translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="117"/>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="126"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="141"/>
        <source>no eventType, so Falco&apos;s cloudtrail plugin skips it</source>
        <translation>no eventType, so Falco&apos;s cloudtrail plugin skips it</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="143"/>
        <source>an Insights event, which Falco&apos;s cloudtrail plugin skips</source>
        <translation>an Insights event, which Falco&apos;s cloudtrail plugin skips</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="145"/>
        <source>no valid eventTime, so Falco&apos;s cloudtrail plugin skips it</source>
        <translation>no valid eventTime, so Falco&apos;s cloudtrail plugin skips it</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="155"/>
        <source>neither a CloudTrail record (no eventName or eventSource) nor a GCP audit LogEntry (no protoPayload)</source>
        <translation>neither a CloudTrail record (no eventName or eventSource) nor a GCP audit LogEntry (no protoPayload)</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::FieldFixTable</name>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="39"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML syntax error: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="50"/>
        <source>a fix table is a mapping with &quot;schema&quot;, &quot;fields&quot; and &quot;priorities&quot;</source>
        <translation>a fix table is a mapping with &quot;schema&quot;, &quot;fields&quot; and &quot;priorities&quot;</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="54"/>
        <source>the fix table</source>
        <translation>the fix table</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="57"/>
        <source>the fix table has no &quot;schema&quot; (expected 1)</source>
        <translation>the fix table has no &quot;schema&quot; (expected 1)</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="64"/>
        <source>a field fix</source>
        <translation>a field fix</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="70"/>
        <source>a priority fix</source>
        <translation>a priority fix</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="83"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; must be a list</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="104"/>
        <source>%1 needs a non-empty &quot;%2&quot;</source>
        <translation>%1 needs a non-empty &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="132"/>
        <source>cannot read the fix table: %1</source>
        <translation>cannot read the fix table: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::OutputTemplate</name>
    <message>
        <location filename="../core/rules/evaluation/OutputTemplate.cpp" line="46"/>
        <source>invalid formatting token %1: the evaluator cannot extract it</source>
        <translation>invalid formatting token %1: the evaluator cannot extract it</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::Parser</name>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="67"/>
        <source>condition is empty; expected a field check, a macro name or &apos;(&apos;</source>
        <translation>condition is empty; expected a field check, a macro name or &apos;(&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="72"/>
        <source>unexpected &apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>unexpected &apos;)&apos; without a matching &apos;(&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="73"/>
        <source>unexpected text; expected &apos;and&apos;, &apos;or&apos; or the end of the condition</source>
        <translation>unexpected text; expected &apos;and&apos;, &apos;or&apos; or the end of the condition</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="127"/>
        <source>expected a condition after &apos;%1&apos;</source>
        <translation>expected a condition after &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="146"/>
        <source>expected a condition after &apos;not&apos;</source>
        <translation>expected a condition after &apos;not&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="154"/>
        <source>expected a condition after &apos;not&apos;, found the end of the condition</source>
        <translation>expected a condition after &apos;not&apos;, found the end of the condition</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="171"/>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at offset %1, found the end of the condition</source>
        <translation>expected &apos;)&apos; to close the &apos;(&apos; at offset %1, found the end of the condition</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="174"/>
        <source>expected &apos;and&apos;, &apos;or&apos; or &apos;)&apos; to close the &apos;(&apos; at offset %1</source>
        <translation>expected &apos;and&apos;, &apos;or&apos; or &apos;)&apos; to close the &apos;(&apos; at offset %1</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="179"/>
        <source>expected a field check, a macro name or &apos;(&apos;, found the end of the condition</source>
        <translation>expected a field check, a macro name or &apos;(&apos;, found the end of the condition</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="188"/>
        <source>unknown transformer &apos;%1&apos;; expected one of %2</source>
        <translation>unknown transformer &apos;%1&apos;; expected one of %2</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="192"/>
        <source>expected a field check, a macro name or &apos;(&apos; before &apos;%1&apos;</source>
        <translation>expected a field check, a macro name or &apos;(&apos; before &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="202"/>
        <source>expected a field check, a macro name or &apos;(&apos; before &apos;)&apos;</source>
        <translation>expected a field check, a macro name or &apos;(&apos; before &apos;)&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="203"/>
        <source>expected a field check, a macro name or &apos;(&apos;</source>
        <translation>expected a field check, a macro name or &apos;(&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="234"/>
        <source>expected a field argument (a quoted or bare string) after &apos;[&apos; of &apos;%1&apos;</source>
        <translation>expected a field argument (a quoted or bare string) after &apos;[&apos; of &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="241"/>
        <source>expected &apos;]&apos; to close the argument opened at offset %1</source>
        <translation>expected &apos;]&apos; to close the argument opened at offset %1</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="261"/>
        <source>expected a field or a nested transformer inside &apos;%1(&apos;</source>
        <translation>expected a field or a nested transformer inside &apos;%1(&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="267"/>
        <source>expected &apos;)&apos; to close &apos;%1(&apos; at offset %2</source>
        <translation>expected &apos;)&apos; to close &apos;%1(&apos; at offset %2</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="280"/>
        <source>expected a field inside &apos;val(&apos;</source>
        <translation>expected a field inside &apos;val(&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="284"/>
        <source>expected &apos;)&apos; to close &apos;val(&apos; at offset %1</source>
        <translation>expected &apos;)&apos; to close &apos;val(&apos; at offset %1</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="341"/>
        <source>expected an operator after &apos;%1&apos;, found the end of the condition; operators: %2</source>
        <translation>expected an operator after &apos;%1&apos;, found the end of the condition; operators: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="345"/>
        <source>expected an operator after &apos;%1&apos;: one of %2</source>
        <translation>expected an operator after &apos;%1&apos;: one of %2</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="364"/>
        <source>expected %1 after &apos;%2&apos;, found the end of the condition</source>
        <translation>expected %1 after &apos;%2&apos;, found the end of the condition</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="366"/>
        <source>expected %1 after &apos;%2&apos;</source>
        <translation>expected %1 after &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="380"/>
        <source>a number (decimal, with optional exponent, or 0x hex) or val(field)</source>
        <translation>a number (decimal, with optional exponent, or 0x hex) or val(field)</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="423"/>
        <source>a string value (quoted or bare) or val(field)</source>
        <translation>a string value (quoted or bare) or val(field)</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="440"/>
        <source>expected a list item, found the end of the condition (the list opened at offset %1 is not closed)</source>
        <translation>expected a list item, found the end of the condition (the list opened at offset %1 is not closed)</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="444"/>
        <source>expected a list item (a quoted or bare string or a list name)</source>
        <translation>expected a list item (a quoted or bare string or a list name)</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="454"/>
        <source>expected &apos;,&apos; or &apos;)&apos; in the list opened at offset %1, found the end of the condition</source>
        <translation>expected &apos;,&apos; or &apos;)&apos; in the list opened at offset %1, found the end of the condition</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="458"/>
        <source>expected &apos;,&apos; or &apos;)&apos; in the list opened at offset %1</source>
        <translation>expected &apos;,&apos; or &apos;)&apos; in the list opened at offset %1</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="472"/>
        <source>a parenthesised list, a list name or val(field)</source>
        <translation>a parenthesised list, a list name or val(field)</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::Parser::DepthGuard</name>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="87"/>
        <source>condition nests too deeply: more than %1 levels of parentheses, &apos;not&apos; or transformers</source>
        <translation>condition nests too deeply: more than %1 levels of parentheses, &apos;not&apos; or transformers</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::RuleEvaluator</name>
    <message>
        <location filename="../core/rules/evaluation/RuleEvaluator.cpp" line="88"/>
        <source>%1 (in macro %2)</source>
        <translation>%1 (in macro %2)</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/RuleEvaluator.cpp" line="113"/>
        <source>the evaluator reads aws_cloudtrail and gcp_auditlog events, not %1</source>
        <translation>the evaluator reads aws_cloudtrail and gcp_auditlog events, not %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::RulesLoader</name>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="274"/>
        <source>Could not read the file: %1</source>
        <translation>Could not read the file: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="306"/>
        <source>Rules content is not yaml array of objects</source>
        <translation>Rules content is not yaml array of objects</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="327"/>
        <source>Unexpected element type. Each element should be a yaml associative array.</source>
        <translation>Unexpected element type. Each element should be a yaml associative array.</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="343"/>
        <source>Unknown top level item</source>
        <translation>Unknown top level item</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="353"/>
        <source>Unable to parse engine version &apos;%1&apos; as a semver string. Expected &quot;x.y.z&quot; semver format.</source>
        <translation>Unable to parse engine version &apos;%1&apos; as a semver string. Expected &quot;x.y.z&quot; semver format.</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="368"/>
        <source>Value of required_plugin_versions must be a sequence</source>
        <translation>Value of required_plugin_versions must be a sequence</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="373"/>
        <source>Each plugin requirement must be a map with &apos;name&apos; and &apos;version&apos;</source>
        <translation>Each plugin requirement must be a map with &apos;name&apos; and &apos;version&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="378"/>
        <location filename="../core/rules/RulesLoader.cpp" line="914"/>
        <source>Item has no mapping for key &apos;%1&apos;</source>
        <translation>Item has no mapping for key &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="449"/>
        <source>Macro name is empty</source>
        <translation>Macro name is empty</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="394"/>
        <source>Unknown key &apos;%1&apos;. The key will be ignored.</source>
        <translation>Unknown key &apos;%1&apos;. The key will be ignored.</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="459"/>
        <source>Macro has an invalid name &apos;%1&apos;. Macro names should match a regular expression: %2</source>
        <translation>Macro has an invalid name &apos;%1&apos;. Macro names should match a regular expression: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="466"/>
        <source>Item has no mapping for key &apos;condition&apos;</source>
        <translation>Item has no mapping for key &apos;condition&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="412"/>
        <location filename="../core/rules/RulesLoader.cpp" line="722"/>
        <source>Can&apos;t decode YAML boolean</source>
        <translation>Can&apos;t decode YAML boolean</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="471"/>
        <source>A macro override must map &apos;condition&apos; to &apos;append&apos; or &apos;replace&apos;</source>
        <translation>A macro override must map &apos;condition&apos; to &apos;append&apos; or &apos;replace&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="422"/>
        <source>Invalid override value &apos;%1&apos;: expected &apos;append&apos; or &apos;replace&apos;</source>
        <translation>Invalid override value &apos;%1&apos;: expected &apos;append&apos; or &apos;replace&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="472"/>
        <source>An override for macro &apos;%1&apos; was specified but no macro by that name already exists</source>
        <translation>An override for macro &apos;%1&apos; was specified but no macro by that name already exists</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="473"/>
        <source>Macro has &apos;append&apos; key but no macro by that name already exists</source>
        <translation>Macro has &apos;append&apos; key but no macro by that name already exists</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="507"/>
        <source>List name is empty</source>
        <translation>List name is empty</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="517"/>
        <source>List has an invalid name &apos;%1&apos;. List names should match a regular expression: %2</source>
        <translation>List has an invalid name &apos;%1&apos;. List names should match a regular expression: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="523"/>
        <source>Item has no mapping for key &apos;items&apos;</source>
        <translation>Item has no mapping for key &apos;items&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="531"/>
        <source>Value of &apos;items&apos; must be a sequence</source>
        <translation>Value of &apos;items&apos; must be a sequence</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="537"/>
        <source>List items must be strings or numbers</source>
        <translation>List items must be strings or numbers</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="545"/>
        <source>A list override must map &apos;items&apos; to &apos;append&apos; or &apos;replace&apos;</source>
        <translation>A list override must map &apos;items&apos; to &apos;append&apos; or &apos;replace&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="546"/>
        <source>An override for list &apos;%1&apos; was specified but no list by that name already exists</source>
        <translation>An override for list &apos;%1&apos; was specified but no list by that name already exists</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="547"/>
        <source>List has &apos;append&apos; key but no list by that name already exists</source>
        <translation>List has &apos;append&apos; key but no list by that name already exists</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="553"/>
        <source>Overriding/appending list with no values</source>
        <translation>Overriding/appending list with no values</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="584"/>
        <source>Rule exceptions must be a sequence</source>
        <translation>Rule exceptions must be a sequence</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="591"/>
        <source>Rule exception must be a mapping</source>
        <translation>Rule exception must be a mapping</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="596"/>
        <source>Item has no mapping for key &apos;name&apos;</source>
        <translation>Item has no mapping for key &apos;name&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="603"/>
        <source>Multiple definitions of exception &apos;%1&apos; in the same rule</source>
        <translation>Multiple definitions of exception &apos;%1&apos; in the same rule</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="621"/>
        <source>Rule exception fields must be strings</source>
        <translation>Rule exception fields must be strings</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="634"/>
        <location filename="../core/rules/RulesLoader.cpp" line="1193"/>
        <source>filter_check called with nonexistent field %1 (source %2).</source>
        <translation>filter_check called with nonexistent field %1 (source %2).</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="646"/>
        <source>Fields and comps lists must have equal length</source>
        <translation>Fields and comps lists must have equal length</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="653"/>
        <source>Invalid comparison operator &apos;%1&apos;</source>
        <translation>Invalid comparison operator &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="661"/>
        <source>Rule exception values must be a sequence</source>
        <translation>Rule exception values must be a sequence</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="667"/>
        <source>Expected values entry to be a string or a sequence</source>
        <translation>Expected values entry to be a string or a sequence</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="671"/>
        <source>Expected values array to contain a list of strings</source>
        <translation>Expected values array to contain a list of strings</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="673"/>
        <source>Fields and values lists must have equal length</source>
        <translation>Fields and values lists must have equal length</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="689"/>
        <source>Rule name is empty</source>
        <translation>Rule name is empty</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="704"/>
        <source>Mapping for key &apos;%1&apos; is empty</source>
        <translation>Mapping for key &apos;%1&apos; is empty</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="710"/>
        <source>Value of &apos;%1&apos; must be a string</source>
        <translation>Value of &apos;%1&apos; must be a string</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="733"/>
        <source>Value of &apos;tags&apos; must be a sequence</source>
        <translation>Value of &apos;tags&apos; must be a sequence</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="739"/>
        <source>Each tag must be a string</source>
        <translation>Each tag must be a string</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="756"/>
        <source>Invalid priority &apos;%1&apos; (Falco accepts Emergency, Alert, Critical, Error, Warning, Notice, Informational or Debug, in any case)</source>
        <translation>Invalid priority &apos;%1&apos; (Falco accepts Emergency, Alert, Critical, Error, Warning, Notice, Informational or Debug, in any case)</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="781"/>
        <source>Rule has been re-defined with a different source (&apos;%1&apos; before, &apos;%2&apos; now)</source>
        <translation>Rule has been re-defined with a different source (&apos;%1&apos; before, &apos;%2&apos; now)</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="792"/>
        <source>Keys &apos;override&apos; and &apos;append: true&apos; cannot be used together</source>
        <translation>Keys &apos;override&apos; and &apos;append: true&apos; cannot be used together</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="797"/>
        <source>Value of &apos;override&apos; must be a map of keys to &apos;append&apos; or &apos;replace&apos;</source>
        <translation>Value of &apos;override&apos; must be a map of keys to &apos;append&apos; or &apos;replace&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="809"/>
        <source>Key &apos;%1&apos; cannot be overridden with &apos;%2&apos;</source>
        <translation>Key &apos;%1&apos; cannot be overridden with &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="815"/>
        <source>An override for &apos;%1&apos; was specified but &apos;%1&apos; is not defined</source>
        <translation>An override for &apos;%1&apos; was specified but &apos;%1&apos; is not defined</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="827"/>
        <source>Unexpected key &apos;%1&apos;: no corresponding entry under &apos;override&apos; is defined.</source>
        <translation>Unexpected key &apos;%1&apos;: no corresponding entry under &apos;override&apos; is defined.</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="833"/>
        <source>An override for rule &apos;%1&apos; was specified but no rule by that name already exists</source>
        <translation>An override for rule &apos;%1&apos; was specified but no rule by that name already exists</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="874"/>
        <source>Rule has &apos;append&apos; key but no rule by that name already exists</source>
        <translation>Rule has &apos;append&apos; key but no rule by that name already exists</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="895"/>
        <source>Item has no mapping for key &apos;enabled&apos;</source>
        <translation>Item has no mapping for key &apos;enabled&apos;</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="900"/>
        <source>Rule has &apos;enabled&apos; key but no rule by that name already exists</source>
        <translation>Rule has &apos;enabled&apos; key but no rule by that name already exists</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="989"/>
        <source>Macro not referred to by any other rule/macro</source>
        <translation>Macro not referred to by any other rule/macro</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="996"/>
        <source>List not referred to by any other rule/macro</source>
        <translation>List not referred to by any other rule/macro</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1006"/>
        <source>Undefined macro &apos;%1&apos; used in filter.</source>
        <translation>Undefined macro &apos;%1&apos; used in filter.</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1019"/>
        <source>Unknown source %1, skipping: no field catalog describes it</source>
        <translation>Unknown source %1, skipping: no field catalog describes it</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1085"/>
        <source>filter_check called with nonexistent field %1: the rule has no &apos;source&apos; key, so Falco reads it as a syscall rule, but its fields belong to source %2.</source>
        <translation>filter_check called with nonexistent field %1: the rule has no &apos;source&apos; key, so Falco reads it as a syscall rule, but its fields belong to source %2.</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1089"/>
        <source>Without &apos;source&apos;, Falco compiles a rule against the syscall fields.</source>
        <translation>Without &apos;source&apos;, Falco compiles a rule against the syscall fields.</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1095"/>
        <location filename="../core/rules/RulesLoader.cpp" line="1197"/>
        <source>Rule &apos;%1&apos; is skipped (skip-if-unknown-filter): %2</source>
        <translation>Rule &apos;%1&apos; is skipped (skip-if-unknown-filter): %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1111"/>
        <source>Comparing a field with &lt;NA&gt; is unsafe: the field may not return &lt;NA&gt; when it has no value. Use &apos;exists&apos; to test whether it has one.</source>
        <translation>Comparing a field with &lt;NA&gt; is unsafe: the field may not return &lt;NA&gt; when it has no value. Use &apos;exists&apos; to test whether it has one.</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1122"/>
        <source>Field &apos;%1&apos; is deprecated and used in the output: %2</source>
        <translation>Field &apos;%1&apos; is deprecated and used in the output: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1182"/>
        <source>&apos;%1&apos; is the closest priority Falco has.</source>
        <translation>&apos;%1&apos; is the closest priority Falco has.</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1207"/>
        <source>Field &apos;%1&apos; is deprecated: %2</source>
        <translation>Field &apos;%1&apos; is deprecated: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1242"/>
        <source>invalid formatting token %%1: no field &apos;%1&apos; in source %2.</source>
        <translation>invalid formatting token %%1: no field &apos;%1&apos; in source %2.</translation>
    </message>
</context>
</TS>
