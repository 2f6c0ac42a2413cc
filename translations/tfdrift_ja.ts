<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <translation>%1 にエラーがあります。修正してからコンソールを起動し直してください。</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="86"/>
        <source>%1: falco.enabled is false; no alert sources are started</source>
        <translation>%1: falco.enabled が false のため、アラートソースを開始しません</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="105"/>
        <source>unknown language &quot;%1&quot;; choose one of: %2</source>
        <translation>不明な言語「%1」です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="115"/>
        <source>Watch Falco alerts for changes made outside Terraform.</source>
        <translation>Terraform の外で行われた変更を Falco のアラートで監視します。</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="120"/>
        <source>Read the Falco endpoints from the falco: section of FILE.</source>
        <translation>FILE の falco: セクションから Falco のエンドポイントを読み込みます。</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="121"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="124"/>
        <source>Watch the built-in demo feed (the default without --config).</source>
        <translation>内蔵デモフィードを監視します (--config を指定しないときの既定)。</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="126"/>
        <source>User interface language: en or ja (default: the system&apos;s).</source>
        <translation>表示言語: en または ja (既定はシステムの言語)。</translation>
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
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="59"/>
        <source>expected a JSON object</source>
        <translation>JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="61"/>
        <source>item %1 (counting from 0): %2</source>
        <translation>項目 %1 (0 から数えて): %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="90"/>
        <source>line %1, column %2: %3</source>
        <translation>%1 行 %2 列: %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="92"/>
        <source>line %1: %2</source>
        <translation>%1 行: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="105"/>
        <source>empty body; expected a Falco alert as JSON</source>
        <translation>本文が空です。Falco のアラートを JSON で送ってください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="129"/>
        <source>invalid JSON at %1: %2</source>
        <translation>%1 の JSON が不正です: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::AlertJson</name>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="31"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>「%1」は文字列でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="43"/>
        <source>missing &quot;rule&quot;</source>
        <translation>「rule」がありません</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="52"/>
        <source>missing &quot;priority&quot;</source>
        <translation>「priority」がありません</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="53"/>
        <source>invalid &quot;priority&quot;: expected one of Emergency, Alert, Critical, Error, Warning, Notice, Informational, Debug</source>
        <translation>「priority」が不正です: Emergency、Alert、Critical、Error、Warning、Notice、Informational、Debug のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="63"/>
        <source>missing &quot;time&quot;</source>
        <translation>「time」がありません</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="64"/>
        <source>invalid &quot;time&quot;: expected an RFC 3339 timestamp</source>
        <translation>「time」が不正です: RFC 3339 形式のタイムスタンプが必要です</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="84"/>
        <location filename="../core/falco/AlertJson.cpp" line="90"/>
        <source>&quot;tags&quot; must be an array of strings</source>
        <translation>「tags」は文字列の配列でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="98"/>
        <source>&quot;output_fields&quot; must be an object</source>
        <translation>「output_fields」はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="117"/>
        <source>expected a JSON object</source>
        <translation>JSON オブジェクトが必要です</translation>
    </message>
</context>
<context>
    <name>tfdrift::AlertTableModel</name>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="140"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="141"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="142"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="145"/>
        <source>Source</source>
        <extracomment>Falco&apos;s event source, e.g. aws_cloudtrail or syscall</extracomment>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="148"/>
        <source>Endpoint</source>
        <extracomment>The configured Falco endpoint that delivered the alert</extracomment>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="149"/>
        <source>Hostname</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="152"/>
        <source>Output</source>
        <extracomment>Falco&apos;s formatted alert message</extracomment>
        <translation>出力</translation>
    </message>
</context>
<context>
    <name>tfdrift::ConnectionState</name>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="18"/>
        <location filename="../core/ingest/ConnectionState.cpp" line="31"/>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="19"/>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="20"/>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="21"/>
        <source>Listening</source>
        <translation>待ち受け中</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="22"/>
        <source>Retrying</source>
        <translation>再試行待ち</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="23"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="32"/>
        <source>Connecting to %1</source>
        <translation>%1 に接続中</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="33"/>
        <source>Connected to %1</source>
        <translation>%1 に接続済み</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="34"/>
        <source>Listening on %1</source>
        <translation>%1 で待ち受け中</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/ConnectionState.cpp" line="37"/>
        <source>Retrying in %n s: %1</source>
        <translation>
            <numerusform>%n 秒後に再試行: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="39"/>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::DemoFeedSource</name>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="71"/>
        <source>the built-in demo feed</source>
        <translation>内蔵デモフィード</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="75"/>
        <source>the demo feed needs %1, which is missing or not executable</source>
        <translation>デモフィードには %1 が必要ですが、見つからないか実行できません</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="83"/>
        <source>cannot create a folder for the demo feed&apos;s socket: %1</source>
        <translation>デモフィードのソケット用フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="116"/>
        <source>the emulator did not open its socket within %1 s</source>
        <translation>エミュレーターが %1 秒以内にソケットを開きませんでした</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="138"/>
        <location filename="../ui/DemoFeedSource.cpp" line="140"/>
        <source>the built-in emulator</source>
        <translation>内蔵エミュレーター</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="167"/>
        <source>cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="174"/>
        <source>the emulator crashed</source>
        <translation>エミュレーターがクラッシュしました</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="175"/>
        <source>the emulator exited with code %1</source>
        <translation>エミュレーターが終了コード %1 で終了しました</translation>
    </message>
</context>
<context>
    <name>tfdrift::EnvExpansion</name>
    <message>
        <location filename="../core/config/EnvExpansion.cpp" line="52"/>
        <source>malformed ${...}: expected ${NAME} with letters, digits and underscores</source>
        <translation>${...} の書式が不正です: 英字、数字、アンダースコアからなる ${NAME} の形式が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/EnvExpansion.cpp" line="62"/>
        <source>environment variable %1 is not set</source>
        <translation>環境変数 %1 が設定されていません</translation>
    </message>
</context>
<context>
    <name>tfdrift::FalcoConfig</name>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="74"/>
        <source>&quot;endpoints&quot; must be a list</source>
        <translation>「endpoints」はリストでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="130"/>
        <source>&quot;name&quot; must not be empty</source>
        <translation>「name」を空にすることはできません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="134"/>
        <source>another endpoint is already named &quot;%1&quot;</source>
        <translation>「%1」という名前のエンドポイントがすでにあります</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="138"/>
        <source>endpoint has no &quot;name&quot;</source>
        <translation>エンドポイントに「name」がありません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="145"/>
        <source>give either &quot;address&quot; or &quot;socket&quot;, not both</source>
        <translation>「address」と「socket」はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="161"/>
        <source>&quot;poll_interval&quot; must be between 10ms and 10s</source>
        <translation>「poll_interval」は 10ms から 10s の範囲でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="175"/>
        <source>&quot;bearer_token&quot; is a secret written in plain text; use ${ENV_VAR} so it stays out of the file</source>
        <translation>「bearer_token」は平文で書かれた秘密情報です。ファイルに残らないよう ${ENV_VAR} を使ってください</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="186"/>
        <source>&quot;environment&quot; must be production, staging or development</source>
        <translation>「environment」は production、staging、development のいずれかでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="210"/>
        <source>&quot;transport&quot; must be grpc, http or replay</source>
        <translation>「transport」は grpc、http、replay のいずれかでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="246"/>
        <source>gRPC endpoint &quot;%1&quot; needs &quot;address&quot; (host:port) or &quot;socket&quot;</source>
        <translation>gRPC エンドポイント「%1」には「address」(ホスト:ポート) または「socket」が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="253"/>
        <source>&quot;%1&quot; is not a host:port address</source>
        <translation>「%1」は ホスト:ポート 形式のアドレスではありません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="261"/>
        <source>gRPC over TCP needs mutual TLS: set ca_root_file, cert_file and key_file (Falco only serves TCP with mTLS), or insecure: true for a local test server</source>
        <translation>TCP 上の gRPC には相互 TLS が必要です: ca_root_file、cert_file、key_file を設定してください (Falco は TCP を mTLS でのみ提供します)。ローカルのテストサーバーなら insecure: true を指定します</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="275"/>
        <source>HTTPS needs both cert_file and key_file</source>
        <translation>HTTPS には cert_file と key_file の両方が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="281"/>
        <source>replay endpoint &quot;%1&quot; needs &quot;file&quot;</source>
        <translation>リプレイエンドポイント「%1」には「file」が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="319"/>
        <source>config file must be a mapping of sections (falco:, providers:, ...)</source>
        <translation>設定ファイルはセクション (falco:、providers: など) のマッピングでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="344"/>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::FalcoEmulator</name>
    <message>
        <location filename="../core/emulator/FalcoEmulator.cpp" line="117"/>
        <source>the emulator is already running</source>
        <translation>エミュレーターはすでに実行中です</translation>
    </message>
    <message>
        <location filename="../core/emulator/FalcoEmulator.cpp" line="130"/>
        <source>TCP needs mutual TLS (--tls-ca, --tls-cert, --tls-key) or --insecure: %1</source>
        <translation>TCP には相互 TLS (--tls-ca、--tls-cert、--tls-key) または --insecure が必要です: %1</translation>
    </message>
    <message>
        <location filename="../core/emulator/FalcoEmulator.cpp" line="150"/>
        <source>cannot listen on %1</source>
        <translation>%1 で待ち受けできません</translation>
    </message>
</context>
<context>
    <name>tfdrift::GrpcAlertSource</name>
    <message>
        <location filename="../core/ingest/grpc/GrpcAlertSource.cpp" line="249"/>
        <location filename="../core/ingest/grpc/GrpcAlertSource.cpp" line="289"/>
        <source>Falco closed the alert stream</source>
        <translation>Falco がアラートストリームを閉じました</translation>
    </message>
</context>
<context>
    <name>tfdrift::GrpcChannelFactory</name>
    <message>
        <location filename="../core/ingest/grpc/GrpcChannelFactory.cpp" line="25"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/grpc/GrpcChannelFactory.cpp" line="30"/>
        <source>%1 is not a PEM file</source>
        <translation>%1 は PEM ファイルではありません</translation>
    </message>
    <message>
        <location filename="../core/ingest/grpc/GrpcChannelFactory.cpp" line="74"/>
        <source>gRPC over TCP needs mutual TLS (CA, client certificate and key); Falco serves TCP only with mTLS</source>
        <translation>TCP 上の gRPC には相互 TLS (CA、クライアント証明書と鍵) が必要です。Falco は TCP を mTLS でのみ提供します</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpAlertHandler</name>
    <message>
        <location filename="../core/ingest/http/HttpAlertHandler.cpp" line="51"/>
        <source>method %1 is not allowed; post Falco alerts with POST</source>
        <translation>メソッド %1 は使用できません。Falco のアラートは POST で送信してください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertHandler.cpp" line="58"/>
        <source>missing bearer token</source>
        <translation>Bearer トークンがありません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertHandler.cpp" line="60"/>
        <source>invalid bearer token</source>
        <translation>Bearer トークンが不正です</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpAlertPoster</name>
    <message>
        <location filename="../core/ingest/http/HttpAlertPoster.cpp" line="35"/>
        <source>cannot read CA file %1: %2</source>
        <translation>CA ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertPoster.cpp" line="41"/>
        <source>no PEM certificate in CA file %1</source>
        <translation>CA ファイル %1 に PEM 形式の証明書がありません</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpAlertServer</name>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="39"/>
        <source>HTTPS is not available: Qt found no TLS library</source>
        <translation>HTTPS を使えません: Qt が TLS ライブラリを見つけられません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="43"/>
        <source>HTTPS needs both a certificate file and a key file</source>
        <translation>HTTPS には証明書ファイルと鍵ファイルの両方が必要です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="50"/>
        <source>cannot read TLS certificate %1: %2</source>
        <translation>TLS 証明書 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="56"/>
        <source>no PEM certificate in %1</source>
        <translation>%1 に PEM 証明書がありません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="62"/>
        <source>cannot read TLS key %1: %2</source>
        <translation>TLS 鍵 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="66"/>
        <source>TLS key %1 is encrypted; a key for an unattended server needs no passphrase</source>
        <translation>TLS 鍵 %1 は暗号化されています。無人で動くサーバーの鍵にはパスフレーズを付けないでください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="77"/>
        <source>no PEM private key (RSA, EC or DSA) in %1</source>
        <translation>%1 に PEM 秘密鍵 (RSA、EC、DSA) がありません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="144"/>
        <source>cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="154"/>
        <source>%1 (HTTPS)</source>
        <translation>%1 (HTTPS)</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="164"/>
        <source>too many connections (limit %1); retry later</source>
        <translation>接続が多すぎます (上限 %1)。しばらくしてから再試行してください</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpConnection</name>
    <message>
        <location filename="../core/ingest/http/HttpConnection.cpp" line="157"/>
        <source>no complete request within %1 s</source>
        <translation>%1 秒以内にリクエストが最後まで届きませんでした</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpListenAddress</name>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="42"/>
        <source>invalid listen address &quot;%1&quot;: expected [IPv6 address]:port</source>
        <translation>待ち受けアドレス「%1」が不正です: [IPv6 アドレス]:ポート の形式にしてください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="48"/>
        <source>invalid listen address &quot;%1&quot;: expected host:port</source>
        <translation>待ち受けアドレス「%1」が不正です: ホスト:ポート の形式にしてください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="53"/>
        <source>invalid listen address &quot;%1&quot;: put an IPv6 address in brackets, e.g. [::1]:2801</source>
        <translation>待ち受けアドレス「%1」が不正です: IPv6 アドレスは [::1]:2801 のように角かっこで囲んでください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="62"/>
        <source>invalid port &quot;%1&quot; in listen address; expected 0 to 65535</source>
        <translation>待ち受けアドレスのポート「%1」が不正です。0 から 65535 の範囲にしてください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="71"/>
        <source>invalid listen address &quot;%1&quot;: &quot;%2&quot; is not an IP address</source>
        <translation>待ち受けアドレス「%1」が不正です: 「%2」は IP アドレスではありません</translation>
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
        <translation>%1 バイト</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="207"/>
        <source>chunk data is not followed by CRLF</source>
        <translation>チャンクデータの後に CRLF がありません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="241"/>
        <source>request line and headers exceed %1</source>
        <translation>リクエスト行とヘッダーが %1 を超えています</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="243"/>
        <source>chunk size line is too long</source>
        <translation>チャンクサイズの行が長すぎます</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="251"/>
        <source>line ends with a bare LF instead of CRLF</source>
        <translation>行末が CRLF ではなく LF だけです</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="265"/>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="277"/>
        <source>malformed request line</source>
        <translation>リクエスト行の形式が不正です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="273"/>
        <source>malformed request method</source>
        <translation>リクエストメソッドの形式が不正です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="282"/>
        <source>invalid character in request target</source>
        <translation>リクエストターゲットに不正な文字があります</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="289"/>
        <source>malformed HTTP version</source>
        <translation>HTTP バージョンの形式が不正です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="293"/>
        <source>%1 is not supported; use HTTP/1.1</source>
        <translation>%1 には対応していません。HTTP/1.1 を使ってください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="307"/>
        <source>obsolete line folding in a header field is not allowed</source>
        <translation>ヘッダーフィールドでの旧式の行継続 (obs-fold) は使用できません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="312"/>
        <source>malformed header field</source>
        <translation>ヘッダーフィールドの形式が不正です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="317"/>
        <source>whitespace between a header name and its colon is not allowed</source>
        <translation>ヘッダー名とコロンの間に空白は入れられません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="321"/>
        <source>malformed header name</source>
        <translation>ヘッダー名の形式が不正です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="327"/>
        <source>invalid character in header &quot;%1&quot;</source>
        <translation>ヘッダー「%1」に不正な文字があります</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="342"/>
        <source>missing Host header</source>
        <translation>Host ヘッダーがありません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="342"/>
        <source>more than one Host header</source>
        <translation>Host ヘッダーが複数あります</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="358"/>
        <source>unsupported expectation; only &quot;100-continue&quot; is understood</source>
        <translation>対応していない Expect です。対応しているのは「100-continue」だけです</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="368"/>
        <source>a request must not have both Content-Length and Transfer-Encoding</source>
        <translation>リクエストに Content-Length と Transfer-Encoding の両方を含めることはできません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="374"/>
        <source>Transfer-Encoding is not allowed in an HTTP/1.0 request</source>
        <translation>HTTP/1.0 のリクエストでは Transfer-Encoding は使用できません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="379"/>
        <source>the final transfer coding must be &quot;chunked&quot;</source>
        <translation>最後の転送コーディングは「chunked」でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="384"/>
        <source>transfer coding &quot;%1&quot; is not supported</source>
        <translation>転送コーディング「%1」には対応していません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="398"/>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="412"/>
        <source>invalid Content-Length</source>
        <translation>Content-Length が不正です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="406"/>
        <source>conflicting Content-Length values</source>
        <translation>Content-Length の値が食い違っています</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="416"/>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="460"/>
        <source>request body exceeds %1</source>
        <translation>リクエスト本文が %1 を超えています</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="444"/>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="450"/>
        <source>invalid chunk size</source>
        <translation>チャンクサイズが不正です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="455"/>
        <source>invalid character in chunk extension</source>
        <translation>チャンク拡張に不正な文字があります</translation>
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
        <translation>アラートソースがありません</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>&amp;Clear</source>
        <translation>クリア(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Remove every alert from the table</source>
        <translation>表のアラートをすべて消去します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>&amp;Alerts</source>
        <translation>アラート(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>Show the alerts that arrived while paused, and follow new ones</source>
        <translation>一時停止中に届いたアラートを表示し、新しいアラートの表示を再開します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>Stop adding alerts to the table; they are kept and shown on resume</source>
        <translation>表へのアラートの追加を止めます。受信は続き、再開すると表示されます</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>Alerts: %L1</source>
        <translation>アラート: %L1 件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>Paused, %L1 waiting</source>
        <translation>一時停止中 (%L1 件待機)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="302"/>
        <source>Dropped (row limit): %L1</source>
        <translation>破棄 (行数上限): %L1 件</translation>
    </message>
</context>
<context>
    <name>tfdrift::ReplayAlertSource</name>
    <message>
        <location filename="../core/ingest/replay/ReplayAlertSource.cpp" line="45"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::ReplayReader</name>
    <message>
        <location filename="../core/ingest/replay/ReplayReader.cpp" line="20"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../core/ingest/replay/ReplayReader.cpp" line="68"/>
        <source>line is longer than %1 MiB; skipped</source>
        <translation>行が %1 MiB を超えているため読み飛ばしました</translation>
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
        <translation>%1 件/秒</translation>
    </message>
</context>
<context>
    <name>tfdrift::YamlDiagnostics</name>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="59"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>「%1」は文字列でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="67"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="77"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>「%1」は true または false でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="89"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>「%1」は整数でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="93"/>
        <source>&quot;%1&quot; must be between %2 and %3</source>
        <translation>「%1」は %2 から %3 の範囲でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="104"/>
        <source>&quot;%1&quot; must be a duration such as &quot;100ms&quot;, &quot;30s&quot; or &quot;5m&quot;</source>
        <translation>「%1」は「100ms」「30s」「5m」のような時間の長さでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="114"/>
        <source>&quot;%1&quot; must be a mapping of keys to values</source>
        <translation>「%1」はキーと値のマッピングでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="124"/>
        <source>unknown key &quot;%1&quot; in %2; it is ignored</source>
        <translation>%2 の不明なキー「%1」は無視されます</translation>
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
        <translation>使い方: tfdrift &lt;コマンド&gt; [オプション]
Falco のアラートから Terraform のドリフトを検出します (ウィンドウなし)。

コマンド:
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
オプション:
  -h, --help     このヘルプを表示します。
  -v, --version  バージョンを表示します。

各コマンドのオプションは「tfdrift &lt;コマンド&gt; --help」で表示されます。
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="63"/>
        <source>unknown command &quot;%1&quot;; see tfdrift --help</source>
        <translation>不明なコマンド「%1」です。tfdrift --help を参照してください</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusPrinter.cpp" line="16"/>
        <source>Falco version %1</source>
        <translation>Falco バージョン %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::EmulateCommand</name>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="27"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="41"/>
        <source>Run a stand-in Falco that replays alerts over gRPC or posts them like http_output</source>
        <translation>Falco の代役を実行し、アラートを gRPC で再生するか、http_output と同じように POST します</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="49"/>
        <source>Serve gRPC on TCP host:port (port 0: any).</source>
        <translation>TCP の ホスト:ポート で gRPC を提供します (ポート 0: 空いているポート)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="49"/>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="50"/>
        <source>Serve gRPC on a unix socket.</source>
        <translation>Unix ソケットで gRPC を提供します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="51"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="53"/>
        <source>POST each alert to URL as Falco&apos;s http_output does.</source>
        <translation>Falco の http_output と同じように、各アラートを URL に POST します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="54"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="56"/>
        <source>CA that signs client certificates (mTLS).</source>
        <translation>クライアント証明書に署名する CA (mTLS)。</translation>
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
        <translation>サーバー証明書 (mTLS)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="59"/>
        <source>Server private key (mTLS).</source>
        <translation>サーバーの秘密鍵 (mTLS)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="63"/>
        <source>Serve plain TCP without TLS (tests only; real Falco requires mTLS).</source>
        <translation>TLS なしの平文 TCP で提供します (テスト専用。実際の Falco では mTLS が必須です)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="65"/>
        <source>JSON-lines alerts to replay (default: the built-in demo feed).</source>
        <translation>再生する JSON Lines 形式のアラート (既定: 内蔵デモフィード)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="68"/>
        <source>Alerts per second; 0 sends all at once (default 10).</source>
        <translation>毎秒のアラート数。0 ならすべてを一度に送ります (既定 10)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="69"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="71"/>
        <source>Start over at the end of the file.</source>
        <translation>ファイルの終わりに達したら最初から繰り返します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="74"/>
        <source>Keep recorded times instead of stamping alerts with the current time.</source>
        <translation>アラートに現在時刻を付けず、記録された時刻をそのまま使います。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="77"/>
        <source>Exit once every alert was sent (and, for gRPC, taken by a client).</source>
        <translation>すべてのアラートを送信したら (gRPC ではクライアントが受け取ったら) 終了します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="87"/>
        <source>give exactly one of --listen, --unix or --post</source>
        <translation>--listen、--unix、--post のうち 1 つだけを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="93"/>
        <source>--rate needs a number &gt;= 0</source>
        <translation>--rate には 0 以上の数値が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="97"/>
        <source>--loop never drains; it cannot be combined with --exit-when-drained</source>
        <translation>--loop では送信が終わらないため、--exit-when-drained と組み合わせられません</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="105"/>
        <source>no alerts to replay</source>
        <translation>再生するアラートがありません</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="114"/>
        <source>--post needs an http:// or https:// URL</source>
        <translation>--post には http:// または https:// の URL が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="131"/>
        <source>the receiver answered HTTP %1: %2</source>
        <translation>受信側が HTTP %1 を返しました: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="147"/>
        <source>posting to %1</source>
        <translation>%1 に POST 中</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="162"/>
        <source>TCP needs --tls-ca, --tls-cert and --tls-key (mutual TLS, as Falco), or --insecure</source>
        <translation>TCP には --tls-ca、--tls-cert、--tls-key (Falco と同じ相互 TLS)、または --insecure が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="172"/>
        <source>listening on unix://%1</source>
        <translation>unix://%1 で待ち受け中</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="175"/>
        <source>listening on %1:%2</source>
        <translation>%1:%2 で待ち受け中</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::TailCommand</name>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="38"/>
        <source>Receive alerts from Falco (gRPC, HTTP or a capture file) and print them as JSON lines</source>
        <translation>Falco からアラートを受け取り (gRPC、HTTP、キャプチャファイル)、JSON Lines として出力します</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="46"/>
        <source>Subscribe to Falco&apos;s gRPC output at host:port.</source>
        <translation>ホスト:ポート の Falco の gRPC 出力を購読します。</translation>
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
        <translation>Unix ソケット上の Falco の gRPC 出力を購読します。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="49"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="51"/>
        <source>Receive Falco http_output / falcosidekick posts on host:port.</source>
        <translation>ホスト:ポート で Falco の http_output / falcosidekick からの POST を受け取ります。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="54"/>
        <source>Read a JSON-lines capture file.</source>
        <translation>JSON Lines 形式のキャプチャファイルを読み込みます。</translation>
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
        <translation>サーバーに署名した CA の証明書 (gRPC mTLS)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="60"/>
        <source>Client certificate (gRPC mTLS) or server certificate (--listen HTTPS).</source>
        <translation>クライアント証明書 (gRPC mTLS) またはサーバー証明書 (--listen の HTTPS)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="61"/>
        <source>Private key for --tls-cert.</source>
        <translation>--tls-cert の秘密鍵。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="65"/>
        <source>Plain TCP gRPC without TLS (test servers only; Falco never serves it).</source>
        <translation>TLS なしの平文 TCP による gRPC (テストサーバー専用。Falco はこの方式を提供しません)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="68"/>
        <source>Require this environment variable&apos;s value as the HTTP bearer token.</source>
        <translation>この環境変数の値を HTTP の Bearer トークンとして要求します。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="68"/>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="69"/>
        <source>Exit after N alerts.</source>
        <translation>N 件のアラートを受け取ったら終了します。</translation>
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
        <translation>接続が N 回続けて失敗したらあきらめます (既定: あきらめない)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="75"/>
        <source>Milliseconds between gRPC poll requests (default 100).</source>
        <translation>gRPC のポーリング要求の間隔 (ミリ秒、既定 100)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="76"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="78"/>
        <source>Name of this source in the output.</source>
        <translation>出力に表示するこのソースの名前。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="78"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="88"/>
        <source>give exactly one of --grpc, --unix, --listen or --replay</source>
        <translation>--grpc、--unix、--listen、--replay のうち 1 つだけを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="92"/>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="108"/>
        <source>--count needs a positive number</source>
        <translation>--count には正の数が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="115"/>
        <source>--max-retries needs a number &gt;= 0</source>
        <translation>--max-retries には 0 以上の数値が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="122"/>
        <source>--poll-interval needs milliseconds between 1 and 60000</source>
        <translation>--poll-interval には 1 から 60000 までのミリ秒数が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="134"/>
        <source>--grpc needs host:port, got &quot;%1&quot;</source>
        <translation>--grpc には ホスト:ポート が必要ですが、「%1」が指定されました</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="141"/>
        <source>gRPC over TCP needs --tls-ca, --tls-cert and --tls-key (Falco serves TCP only with mutual TLS), or --insecure for a local test server</source>
        <translation>TCP 上の gRPC には --tls-ca、--tls-cert、--tls-key が必要です (Falco は TCP を相互 TLS でのみ提供します)。ローカルのテストサーバーなら --insecure を指定します</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="154"/>
        <source>HTTPS needs both --tls-cert and --tls-key</source>
        <translation>HTTPS には --tls-cert と --tls-key の両方が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="161"/>
        <source>environment variable %1 is not set</source>
        <translation>環境変数 %1 が設定されていません</translation>
    </message>
</context>
</TS>
