<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConsoleMain</name>
    <message>
        <location filename="../app/console/main.cpp" line="76"/>
        <source>TFDrift Console</source>
        <translation>TFDrift Console</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="77"/>
        <source>%1 has errors. Fix them and start the console again.</source>
        <translation>%1 has errors. Fix them and start the console again.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="86"/>
        <source>%1: falco.enabled is false; no alert sources are started</source>
        <translation>%1: falco.enabled is false; no alert sources are started</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="105"/>
        <source>unknown language &quot;%1&quot;; choose one of: %2</source>
        <translation>unknown language &quot;%1&quot;; choose one of: %2</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="115"/>
        <source>Watch Falco alerts for changes made outside Terraform.</source>
        <translation>Watch Falco alerts for changes made outside Terraform.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="120"/>
        <source>Read the Falco endpoints from the falco: section of FILE.</source>
        <translation>Read the Falco endpoints from the falco: section of FILE.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="121"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="124"/>
        <source>Watch the built-in demo feed (the default without --config).</source>
        <translation>Watch the built-in demo feed (the default without --config).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="126"/>
        <source>User interface language: en or ja (default: the system&apos;s).</source>
        <translation>User interface language: en or ja (default: the system&apos;s).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="127"/>
        <source>LANG</source>
        <translation>LANG</translation>
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
        <location filename="../models/AlertTableModel.cpp" line="140"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="141"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="142"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="145"/>
        <source>Source</source>
        <extracomment>Falco&apos;s event source, e.g. aws_cloudtrail or syscall</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="148"/>
        <source>Endpoint</source>
        <extracomment>The configured Falco endpoint that delivered the alert</extracomment>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="149"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="152"/>
        <source>Output</source>
        <extracomment>Falco&apos;s formatted alert message</extracomment>
        <translation>Output</translation>
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
        <location filename="../core/config/FalcoConfig.cpp" line="74"/>
        <source>&quot;endpoints&quot; must be a list</source>
        <translation>&quot;endpoints&quot; must be a list</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="130"/>
        <source>&quot;name&quot; must not be empty</source>
        <translation>&quot;name&quot; must not be empty</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="134"/>
        <source>another endpoint is already named &quot;%1&quot;</source>
        <translation>another endpoint is already named &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="138"/>
        <source>endpoint has no &quot;name&quot;</source>
        <translation>endpoint has no &quot;name&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="145"/>
        <source>give either &quot;address&quot; or &quot;socket&quot;, not both</source>
        <translation>give either &quot;address&quot; or &quot;socket&quot;, not both</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="161"/>
        <source>&quot;poll_interval&quot; must be between 10ms and 10s</source>
        <translation>&quot;poll_interval&quot; must be between 10ms and 10s</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="175"/>
        <source>&quot;bearer_token&quot; is a secret written in plain text; use ${ENV_VAR} so it stays out of the file</source>
        <translation>&quot;bearer_token&quot; is a secret written in plain text; use ${ENV_VAR} so it stays out of the file</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="186"/>
        <source>&quot;environment&quot; must be production, staging or development</source>
        <translation>&quot;environment&quot; must be production, staging or development</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="210"/>
        <source>&quot;transport&quot; must be grpc, http or replay</source>
        <translation>&quot;transport&quot; must be grpc, http or replay</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="246"/>
        <source>gRPC endpoint &quot;%1&quot; needs &quot;address&quot; (host:port) or &quot;socket&quot;</source>
        <translation>gRPC endpoint &quot;%1&quot; needs &quot;address&quot; (host:port) or &quot;socket&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="253"/>
        <source>&quot;%1&quot; is not a host:port address</source>
        <translation>&quot;%1&quot; is not a host:port address</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="261"/>
        <source>gRPC over TCP needs mutual TLS: set ca_root_file, cert_file and key_file (Falco only serves TCP with mTLS), or insecure: true for a local test server</source>
        <translation>gRPC over TCP needs mutual TLS: set ca_root_file, cert_file and key_file (Falco only serves TCP with mTLS), or insecure: true for a local test server</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="275"/>
        <source>HTTPS needs both cert_file and key_file</source>
        <translation>HTTPS needs both cert_file and key_file</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="281"/>
        <source>replay endpoint &quot;%1&quot; needs &quot;file&quot;</source>
        <translation>replay endpoint &quot;%1&quot; needs &quot;file&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="319"/>
        <source>config file must be a mapping of sections (falco:, providers:, ...)</source>
        <translation>config file must be a mapping of sections (falco:, providers:, ...)</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="344"/>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
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
    <name>tfdrift::GrpcAlertSource</name>
    <message>
        <location filename="../core/ingest/grpc/GrpcAlertSource.cpp" line="249"/>
        <location filename="../core/ingest/grpc/GrpcAlertSource.cpp" line="289"/>
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
    <name>tfdrift::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <source>TFDrift Console</source>
        <translation>TFDrift Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>No alert sources</source>
        <translation>No alert sources</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Remove every alert from the table</source>
        <translation>Remove every alert from the table</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>Show the alerts that arrived while paused, and follow new ones</source>
        <translation>Show the alerts that arrived while paused, and follow new ones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>Stop adding alerts to the table; they are kept and shown on resume</source>
        <translation>Stop adding alerts to the table; they are kept and shown on resume</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>Alerts: %L1</source>
        <translation>Alerts: %L1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>Paused, %L1 waiting</source>
        <translation>Paused, %L1 waiting</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="302"/>
        <source>Dropped (row limit): %L1</source>
        <translation>Dropped (row limit): %L1</translation>
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
        <location filename="../app/cli/main.cpp" line="23"/>
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
        <location filename="../app/cli/main.cpp" line="28"/>
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
        <location filename="../app/cli/main.cpp" line="63"/>
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
    <name>tfdrift::cli::EmulateCommand</name>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="27"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="41"/>
        <source>Run a stand-in Falco that replays alerts over gRPC or posts them like http_output</source>
        <translation>Run a stand-in Falco that replays alerts over gRPC or posts them like http_output</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="49"/>
        <source>Serve gRPC on TCP host:port (port 0: any).</source>
        <translation>Serve gRPC on TCP host:port (port 0: any).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="49"/>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="50"/>
        <source>Serve gRPC on a unix socket.</source>
        <translation>Serve gRPC on a unix socket.</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="51"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="53"/>
        <source>POST each alert to URL as Falco&apos;s http_output does.</source>
        <translation>POST each alert to URL as Falco&apos;s http_output does.</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="54"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="56"/>
        <source>CA that signs client certificates (mTLS).</source>
        <translation>CA that signs client certificates (mTLS).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="56"/>
        <location filename="../app/cli/EmulateCommand.cpp" line="58"/>
        <location filename="../app/cli/EmulateCommand.cpp" line="60"/>
        <location filename="../app/cli/EmulateCommand.cpp" line="66"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="57"/>
        <source>Server certificate (mTLS).</source>
        <translation>Server certificate (mTLS).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="59"/>
        <source>Server private key (mTLS).</source>
        <translation>Server private key (mTLS).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="63"/>
        <source>Serve plain TCP without TLS (tests only; real Falco requires mTLS).</source>
        <translation>Serve plain TCP without TLS (tests only; real Falco requires mTLS).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="65"/>
        <source>JSON-lines alerts to replay (default: the built-in demo feed).</source>
        <translation>JSON-lines alerts to replay (default: the built-in demo feed).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="68"/>
        <source>Alerts per second; 0 sends all at once (default 10).</source>
        <translation>Alerts per second; 0 sends all at once (default 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="69"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="71"/>
        <source>Start over at the end of the file.</source>
        <translation>Start over at the end of the file.</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="74"/>
        <source>Keep recorded times instead of stamping alerts with the current time.</source>
        <translation>Keep recorded times instead of stamping alerts with the current time.</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="77"/>
        <source>Exit once every alert was sent (and, for gRPC, taken by a client).</source>
        <translation>Exit once every alert was sent (and, for gRPC, taken by a client).</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="87"/>
        <source>give exactly one of --listen, --unix or --post</source>
        <translation>give exactly one of --listen, --unix or --post</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="93"/>
        <source>--rate needs a number &gt;= 0</source>
        <translation>--rate needs a number &gt;= 0</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="97"/>
        <source>--loop never drains; it cannot be combined with --exit-when-drained</source>
        <translation>--loop never drains; it cannot be combined with --exit-when-drained</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="105"/>
        <source>no alerts to replay</source>
        <translation>no alerts to replay</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="114"/>
        <source>--post needs an http:// or https:// URL</source>
        <translation>--post needs an http:// or https:// URL</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="131"/>
        <source>the receiver answered HTTP %1: %2</source>
        <translation>the receiver answered HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="147"/>
        <source>posting to %1</source>
        <translation>posting to %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="162"/>
        <source>TCP needs --tls-ca, --tls-cert and --tls-key (mutual TLS, as Falco), or --insecure</source>
        <translation>TCP needs --tls-ca, --tls-cert and --tls-key (mutual TLS, as Falco), or --insecure</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="172"/>
        <source>listening on unix://%1</source>
        <translation>listening on unix://%1</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="175"/>
        <source>listening on %1:%2</source>
        <translation>listening on %1:%2</translation>
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
        <location filename="../app/cli/TailCommand.cpp" line="108"/>
        <source>--count needs a positive number</source>
        <translation>--count needs a positive number</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="115"/>
        <source>--max-retries needs a number &gt;= 0</source>
        <translation>--max-retries needs a number &gt;= 0</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="122"/>
        <source>--poll-interval needs milliseconds between 1 and 60000</source>
        <translation>--poll-interval needs milliseconds between 1 and 60000</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="134"/>
        <source>--grpc needs host:port, got &quot;%1&quot;</source>
        <translation>--grpc needs host:port, got &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="141"/>
        <source>gRPC over TCP needs --tls-ca, --tls-cert and --tls-key (Falco serves TCP only with mutual TLS), or --insecure for a local test server</source>
        <translation>gRPC over TCP needs --tls-ca, --tls-cert and --tls-key (Falco serves TCP only with mutual TLS), or --insecure for a local test server</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="154"/>
        <source>HTTPS needs both --tls-cert and --tls-key</source>
        <translation>HTTPS needs both --tls-cert and --tls-key</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="161"/>
        <source>environment variable %1 is not set</source>
        <translation>environment variable %1 is not set</translation>
    </message>
</context>
</TS>
