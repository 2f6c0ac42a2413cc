<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConsoleMain</name>
    <message>
        <location filename="../app/console/main.cpp" line="83"/>
        <source>TFDrift Console</source>
        <translation>TFDrift Console</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="84"/>
        <source>%1 has errors. Fix them and start the console again.</source>
        <translation>%1 にエラーがあります。修正してからコンソールを起動し直してください。</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="121"/>
        <source>Read the Falco endpoints, Terraform states and drift rules from FILE.</source>
        <translation>FILE から Falco のエンドポイント、Terraform ステート、ドリフトルールを読み込みます。</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="149"/>
        <source>%1: falco.enabled is false; no alert sources are started</source>
        <translation>%1: falco.enabled が false のため、アラートソースを開始しません</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="106"/>
        <source>unknown language &quot;%1&quot;; choose one of: %2</source>
        <translation>不明な言語「%1」です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="116"/>
        <source>Watch Falco alerts for changes made outside Terraform.</source>
        <translation>Terraform の外で行われた変更を Falco のアラートで監視します。</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="122"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="125"/>
        <source>Watch the built-in demo feed (the default without --config).</source>
        <translation>内蔵デモフィードを監視します (--config を指定しないときの既定)。</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="127"/>
        <source>User interface language: en or ja (default: the system&apos;s).</source>
        <translation>表示言語: en または ja (既定はシステムの言語)。</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="128"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="170"/>
        <source>error</source>
        <translation>エラー</translation>
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
        <location filename="../models/AlertTableModel.cpp" line="132"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="133"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="134"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="137"/>
        <source>Source</source>
        <extracomment>Falco&apos;s event source, e.g. aws_cloudtrail or syscall</extracomment>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="140"/>
        <source>Endpoint</source>
        <extracomment>The configured Falco endpoint that delivered the alert</extracomment>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="141"/>
        <source>Hostname</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="144"/>
        <source>Output</source>
        <extracomment>Falco&apos;s formatted alert message</extracomment>
        <translation>出力</translation>
    </message>
</context>
<context>
    <name>tfdrift::AppConfig</name>
    <message>
        <location filename="../core/config/AppConfig.cpp" line="73"/>
        <source>&quot;state_refresh_interval&quot; must be 0 (no periodic reload) or at least 1s</source>
        <translation>&quot;state_refresh_interval&quot; は 0 (定期再読み込みなし) か 1s 以上にしてください</translation>
    </message>
    <message>
        <location filename="../core/config/AppConfig.cpp" line="141"/>
        <source>&quot;mappings&quot; must be a list of catalog files</source>
        <translation>&quot;mappings&quot; はカタログファイルのリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/config/AppConfig.cpp" line="152"/>
        <source>mapping catalog %1 does not exist</source>
        <translation>マッピングカタログ %1 が存在しません</translation>
    </message>
</context>
<context>
    <name>tfdrift::ConfigDocument</name>
    <message>
        <location filename="../core/config/ConfigDocument.cpp" line="41"/>
        <source>config file must be a mapping of sections (falco:, providers:, ...)</source>
        <translation>設定ファイルはセクション (falco:、providers: など) のマッピングでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDocument.cpp" line="52"/>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::ConfigValueReader</name>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="26"/>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
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
        <translation>&quot;%1&quot; は %2 にしてください</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="77"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="83"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="91"/>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; を空にはできません</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="102"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="109"/>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>&quot;%1&quot; は文字列のリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="124"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="146"/>
        <source>a duration such as &quot;100ms&quot;, &quot;30s&quot; or &quot;5m&quot;</source>
        <translation>&quot;100ms&quot;、&quot;30s&quot;、&quot;5m&quot; のような時間</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="161"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>「%1」は整数でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="179"/>
        <source>&quot;%1&quot; must be between %2 and %3</source>
        <translation>「%1」は %2 から %3 の範囲でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="231"/>
        <source>&quot;%1&quot; must be a mapping of keys to values</source>
        <translation>「%1」はキーと値のマッピングでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="245"/>
        <source>&quot;%1&quot; appears twice in %2; keep only one</source>
        <translation>&quot;%1&quot; が %2 に 2 回あります。1 つだけにしてください</translation>
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
    <name>tfdrift::DemoFalco</name>
    <message>
        <location filename="../core/emulator/DemoFalco.cpp" line="30"/>
        <source>the built-in demo feed is not available</source>
        <translation>内蔵デモフィードを利用できません</translation>
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
    <name>tfdrift::DriftEventJson</name>
    <message>
        <location filename="../core/drift/DriftEventJson.cpp" line="109"/>
        <source>drift event: &quot;%1&quot; is missing or has the wrong type</source>
        <translation>ドリフトイベント: &quot;%1&quot; がないか、型が誤っています</translation>
    </message>
    <message>
        <location filename="../core/drift/DriftEventJson.cpp" line="166"/>
        <source>drift event: its Falco alert: %1</source>
        <translation>ドリフトイベント: その Falco アラート: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftEventTableModel</name>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="162"/>
        <source>Time</source>
        <extracomment>When the drift was detected, local time</extracomment>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="163"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="166"/>
        <source>Change</source>
        <extracomment>Modified, created, deleted or unmanaged</extracomment>
        <translation>変更種別</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="169"/>
        <source>Resource type</source>
        <extracomment>Terraform resource type, e.g. aws_instance</extracomment>
        <translation>リソースタイプ</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="172"/>
        <source>Resource</source>
        <extracomment>Terraform address, or the cloud resource id when no state manages it</extracomment>
        <translation>リソース</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="175"/>
        <source>Attributes</source>
        <extracomment>Names of the attributes that changed</extracomment>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="178"/>
        <source>User</source>
        <extracomment>Who made the cloud API call</extracomment>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="181"/>
        <source>Account</source>
        <extracomment>AWS account id or GCP project</extracomment>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="182"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="185"/>
        <source>Source</source>
        <extracomment>The configured Falco endpoint that delivered the alert</extracomment>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="186"/>
        <source>Falco rule</source>
        <translation>Falco ルール</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="194"/>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="195"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="196"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="199"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="207"/>
        <source>Modified</source>
        <extracomment>A resource managed by Terraform was changed outside Terraform</extracomment>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="208"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="211"/>
        <source>Deleted</source>
        <extracomment>A resource managed by Terraform was deleted outside Terraform</extracomment>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="215"/>
        <source>Unmanaged</source>
        <extracomment>The resource is in no Terraform state</extracomment>
        <translation>管理外</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftFilter</name>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="229"/>
        <source>&apos;%1&apos; is not a condition; write a field, an operator and a value, such as severity &gt;= high.</source>
        <translation>&apos;%1&apos; は条件ではありません。severity &gt;= high のように、フィールド、演算子、値を書いてください。</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="238"/>
        <source>expected a condition here</source>
        <translation>ここには条件が必要です</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="252"/>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; の誤りではありませんか?</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="265"/>
        <source>transformers such as %1() are not supported in filters</source>
        <translation>%1() のような変換関数はフィルターでは使えません</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="269"/>
        <source>unknown field &apos;%1&apos;.</source>
        <translation>不明なフィールド &apos;%1&apos; です。</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="273"/>
        <source>the field %1 takes no [argument]</source>
        <translation>フィールド %1 は [引数] を取りません</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="286"/>
        <source>&apos;%1&apos; compares bytes and is not supported in filters; use contains or startswith</source>
        <translation>&apos;%1&apos; はバイト列を比較するため、フィルターでは使えません。contains か startswith を使ってください</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="290"/>
        <source>%1 has no order; compare it with =, != or in</source>
        <translation>%1 には順序がありません。=、!=、in で比較してください</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="305"/>
        <source>the comparison has no value</source>
        <translation>比較に値がありません</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="308"/>
        <source>%1() is not supported in filters; compare with a value</source>
        <translation>%1() はフィルターでは使えません。値と比較してください</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="331"/>
        <source>&apos;%1&apos; is not a valid %2; expected one of: %3.</source>
        <translation>&apos;%1&apos; は有効な %2 ではありません。次のいずれかが必要です: %3。</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="363"/>
        <source>invalid regular expression &apos;%1&apos;: %2</source>
        <translation>正規表現 &apos;%1&apos; が無効です: %2</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="370"/>
        <source>&apos;%1&apos; takes a single value</source>
        <translation>&apos;%1&apos; は値を 1 つだけ取ります</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="404"/>
        <source>the filter could not be read</source>
        <translation>フィルターを読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftFilterBar</name>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="259"/>
        <source>column %1: %2</source>
        <translation>%1 列目: %2</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="286"/>
        <source>Filter drift events in the Falco condition language. Enter applies the filter, Esc clears it, Ctrl+Space completes field names.</source>
        <translation>Falco の条件式でドリフトイベントを絞り込みます。Enter で適用、Esc で消去、Ctrl+Space でフィールド名を補完します。</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="288"/>
        <source>The filter is empty: every drift event is shown.</source>
        <translation>フィルターは空です: すべてのドリフトイベントを表示します。</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="291"/>
        <source>The filter is valid. Press Enter to apply it.</source>
        <translation>フィルターは有効です。Enter で適用します。</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="292"/>
        <source>The filter is valid.</source>
        <translation>フィルターは有効です。</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="297"/>
        <source>The filter is invalid: %1</source>
        <translation>フィルターが無効です: %1</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="304"/>
        <source>Filter drift: severity &gt;= high and resource.type glob &quot;aws_iam_*&quot;</source>
        <translation>ドリフトを絞り込む: severity &gt;= high and resource.type glob &quot;aws_iam_*&quot;</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="305"/>
        <source>Drift filter</source>
        <translation>ドリフトフィルター</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="306"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="307"/>
        <source>Apply the filter (Enter)</source>
        <translation>フィルターを適用 (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="308"/>
        <source>Apply filter</source>
        <translation>フィルターを適用</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="309"/>
        <location filename="../ui/DriftFilterBar.cpp" line="310"/>
        <source>Recent filters</source>
        <translation>最近のフィルター</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftFilterFields</name>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="70"/>
        <source>Severity: low &lt; medium &lt; high &lt; critical</source>
        <translation>重大度: low &lt; medium &lt; high &lt; critical</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="76"/>
        <source>What happened: modified, created, deleted or unmanaged</source>
        <translation>起きたこと: modified、created、deleted、unmanaged のいずれか</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="83"/>
        <source>Terraform resource type</source>
        <translation>Terraform リソースタイプ</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="86"/>
        <source>Cloud resource id</source>
        <translation>クラウドのリソース ID</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="90"/>
        <source>Terraform address; missing when unmanaged</source>
        <translation>Terraform アドレス。管理外のときはありません</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="93"/>
        <source>Name of the Terraform state that holds the resource</source>
        <translation>リソースを保持する Terraform ステートの名前</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="99"/>
        <source>Names of the changed attributes (a list)</source>
        <translation>変更された属性の名前 (リスト)</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="107"/>
        <source>Who made the change</source>
        <translation>変更を行ったユーザー</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="111"/>
        <source>Identity type (IAMUser, AssumedRole, ...)</source>
        <translation>ID の種類 (IAMUser、AssumedRole など)</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="114"/>
        <source>ARN of the caller</source>
        <translation>呼び出し元の ARN</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="117"/>
        <source>IP address of the caller</source>
        <translation>呼び出し元の IP アドレス</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="120"/>
        <source>AWS account id or GCP project</source>
        <translation>AWS アカウント ID または GCP プロジェクト</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="122"/>
        <source>Cloud region</source>
        <translation>クラウドのリージョン</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="125"/>
        <source>Cloud provider: aws or gcp</source>
        <translation>クラウドプロバイダー: aws または gcp</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="130"/>
        <source>Environment of the Falco source</source>
        <translation>Falco ソースの環境</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="134"/>
        <source>API call: CloudTrail eventName or GCP methodName</source>
        <translation>API 呼び出し: CloudTrail の eventName または GCP の methodName</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="137"/>
        <source>Service that received the call</source>
        <translation>呼び出しを受けたサービス</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="140"/>
        <source>Falco rule that fired</source>
        <translation>発火した Falco ルール</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="144"/>
        <source>Falco event source (aws_cloudtrail, ...)</source>
        <translation>Falco のイベントソース (aws_cloudtrail など)</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="148"/>
        <source>Configured Falco source that delivered the alert</source>
        <translation>アラートを配信した、設定済みの Falco ソース</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="152"/>
        <source>true when the user is excluded by the drift rules</source>
        <translation>ユーザーがドリフトルールで除外されているときは true</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftHistory</name>
    <message>
        <location filename="../core/history/DriftHistory.cpp" line="51"/>
        <source>cannot open the drift history %1: %2</source>
        <translation>ドリフト履歴 %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/history/DriftHistory.cpp" line="79"/>
        <source>cannot start a transaction</source>
        <translation>トランザクションを開始できません</translation>
    </message>
    <message>
        <location filename="../core/history/DriftHistory.cpp" line="94"/>
        <source>cannot commit the drift events</source>
        <translation>ドリフトイベントをコミットできません</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftPane</name>
    <message>
        <location filename="../ui/DriftPane.cpp" line="40"/>
        <source>Drift events</source>
        <translation>ドリフトイベント</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftRulesParser</name>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="27"/>
        <source>each drift_rules entry must be a mapping with name, resource_types, ...</source>
        <translation>drift_rules の各エントリは name、resource_types などを持つマッピングにしてください</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="39"/>
        <source>another drift rule is already named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; という名前のドリフトルールがすでにあります</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="47"/>
        <source>drift rule has no &quot;name&quot;</source>
        <translation>ドリフトルールに &quot;name&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="56"/>
        <source>&quot;resource_types&quot; must list at least one type or glob; use &quot;*&quot; for every type</source>
        <translation>&quot;resource_types&quot; にはタイプかグロブを 1 つ以上書いてください。すべてのタイプなら &quot;*&quot; です</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="64"/>
        <source>drift rule has no &quot;resource_types&quot;; use [&quot;*&quot;] for every type</source>
        <translation>ドリフトルールに &quot;resource_types&quot; がありません。すべてのタイプなら [&quot;*&quot;] です</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="74"/>
        <source>&quot;watched_attributes&quot; must list at least one attribute; use &quot;*&quot; for all of them</source>
        <translation>&quot;watched_attributes&quot; には属性を 1 つ以上書いてください。すべての属性なら &quot;*&quot; です</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="121"/>
        <source>&quot;drift_rules&quot; must be a list of rules</source>
        <translation>&quot;drift_rules&quot; はルールのリストにしてください</translation>
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
        <location filename="../core/config/FalcoConfig.cpp" line="63"/>
        <source>&quot;endpoints&quot; must be a list</source>
        <translation>「endpoints」はリストでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="119"/>
        <source>&quot;name&quot; must not be empty</source>
        <translation>「name」を空にすることはできません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="123"/>
        <source>another endpoint is already named &quot;%1&quot;</source>
        <translation>「%1」という名前のエンドポイントがすでにあります</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="127"/>
        <source>endpoint has no &quot;name&quot;</source>
        <translation>エンドポイントに「name」がありません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="134"/>
        <source>give either &quot;address&quot; or &quot;socket&quot;, not both</source>
        <translation>「address」と「socket」はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="150"/>
        <source>&quot;poll_interval&quot; must be between 10ms and 10s</source>
        <translation>「poll_interval」は 10ms から 10s の範囲でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="164"/>
        <source>&quot;bearer_token&quot; is a secret written in plain text; use ${ENV_VAR} so it stays out of the file</source>
        <translation>「bearer_token」は平文で書かれた秘密情報です。ファイルに残らないよう ${ENV_VAR} を使ってください</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="175"/>
        <source>&quot;environment&quot; must be production, staging or development</source>
        <translation>「environment」は production、staging、development のいずれかでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="199"/>
        <source>&quot;transport&quot; must be grpc, http or replay</source>
        <translation>「transport」は grpc、http、replay のいずれかでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="235"/>
        <source>gRPC endpoint &quot;%1&quot; needs &quot;address&quot; (host:port) or &quot;socket&quot;</source>
        <translation>gRPC エンドポイント「%1」には「address」(ホスト:ポート) または「socket」が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="242"/>
        <source>&quot;%1&quot; is not a host:port address</source>
        <translation>「%1」は ホスト:ポート 形式のアドレスではありません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="250"/>
        <source>gRPC over TCP needs mutual TLS: set ca_root_file, cert_file and key_file (Falco only serves TCP with mTLS), or insecure: true for a local test server</source>
        <translation>TCP 上の gRPC には相互 TLS が必要です: ca_root_file、cert_file、key_file を設定してください (Falco は TCP を mTLS でのみ提供します)。ローカルのテストサーバーなら insecure: true を指定します</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="264"/>
        <source>HTTPS needs both cert_file and key_file</source>
        <translation>HTTPS には cert_file と key_file の両方が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="270"/>
        <source>replay endpoint &quot;%1&quot; needs &quot;file&quot;</source>
        <translation>リプレイエンドポイント「%1」には「file」が必要です</translation>
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
    <name>tfdrift::FieldCatalog</name>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="86"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML 構文エラー: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="99"/>
        <source>a field catalog is a mapping with &quot;schema&quot;, &quot;source&quot; and &quot;fields&quot; (or &quot;groups&quot;)</source>
        <translation>フィールドカタログは &quot;schema&quot;、&quot;source&quot;、&quot;fields&quot; (または &quot;groups&quot;) を持つマッピングです</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="103"/>
        <source>the field catalog</source>
        <translation>フィールドカタログ</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="106"/>
        <source>the field catalog has no &quot;schema&quot; (expected 1)</source>
        <translation>フィールドカタログに &quot;schema&quot; がありません (1 が必要です)</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="118"/>
        <source>a field catalog has either &quot;source&quot; and &quot;fields&quot; or &quot;groups&quot;, not both</source>
        <translation>フィールドカタログには &quot;source&quot; と &quot;fields&quot;、または &quot;groups&quot; のどちらか一方を書きます</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="124"/>
        <source>the field catalog has no &quot;source&quot;</source>
        <translation>フィールドカタログに &quot;source&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="131"/>
        <source>the field catalog has no &quot;fields&quot;</source>
        <translation>フィールドカタログに &quot;fields&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="142"/>
        <source>&quot;%1&quot; is not a valid source name</source>
        <translation>&quot;%1&quot; は有効なソース名ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="147"/>
        <source>&quot;%1&quot; is reserved for shared groups (&quot;applies_to&quot;)</source>
        <translation>&quot;%1&quot; は共有グループ (&quot;applies_to&quot;) 用に予約されています</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="156"/>
        <source>&quot;groups&quot; must be a list</source>
        <translation>&quot;groups&quot; はリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="162"/>
        <source>a field group</source>
        <translation>フィールドグループ</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="165"/>
        <source>the group has no &quot;applies_to&quot; (all or plugins)</source>
        <translation>グループに &quot;applies_to&quot; (all または plugins) がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="172"/>
        <source>&quot;applies_to&quot; must be all or plugins, not &quot;%1&quot;</source>
        <translation>&quot;applies_to&quot; は &quot;%1&quot; ではなく all か plugins にしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="177"/>
        <source>the group has no &quot;fields&quot;</source>
        <translation>グループに &quot;fields&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="188"/>
        <source>&quot;fields&quot; must be a list</source>
        <translation>&quot;fields&quot; はリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="199"/>
        <source>field &quot;%1&quot; is already defined on line %2</source>
        <translation>フィールド &quot;%1&quot; は %2 行目ですでに定義されています</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="223"/>
        <source>a field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="231"/>
        <source>the field has no &quot;name&quot;</source>
        <translation>フィールドに &quot;name&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="237"/>
        <source>&quot;%1&quot; is not a field name (expected words joined by dots, e.g. ct.user)</source>
        <translation>&quot;%1&quot; はフィールド名ではありません (ct.user のようにドットでつないだ語が必要です)</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="245"/>
        <source>field &quot;%1&quot; has no &quot;type&quot;</source>
        <translation>フィールド &quot;%1&quot; に &quot;type&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="250"/>
        <source>unknown field type &quot;%1&quot;</source>
        <translation>不明なフィールド型 &quot;%1&quot; です</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="260"/>
        <source>field &quot;%1&quot; needs a &quot;desc&quot;</source>
        <translation>フィールド &quot;%1&quot; には &quot;desc&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="268"/>
        <source>&quot;arg&quot; must be index, key or index_or_key</source>
        <translation>&quot;arg&quot; は index、key、index_or_key のいずれかにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="280"/>
        <source>field &quot;%1&quot; has &quot;arg_required&quot; or &quot;dotted_arg&quot; but no &quot;arg&quot;</source>
        <translation>フィールド &quot;%1&quot; に &quot;arg_required&quot; か &quot;dotted_arg&quot; がありますが &quot;arg&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="313"/>
        <source>no built-in field catalogs found</source>
        <translation>内蔵フィールドカタログが見つかりません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="328"/>
        <source>cannot read the field catalog: %1</source>
        <translation>フィールドカタログを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="358"/>
        <source>field &quot;%1&quot; is already defined in %2:%3</source>
        <translation>フィールド &quot;%1&quot; は %2:%3 ですでに定義されています</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="443"/>
        <source>%1 needs an argument, e.g. %1[...]</source>
        <translation>%1 には引数が必要です (例: %1[...])</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="447"/>
        <source>%1 does not take an argument</source>
        <translation>%1 は引数を取りません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="452"/>
        <source>the argument of %1 must be a number, not &quot;%2&quot;</source>
        <translation>%1 の引数は &quot;%2&quot; ではなく数値にしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="455"/>
        <source>the argument of %1 is empty</source>
        <translation>%1 の引数が空です</translation>
    </message>
</context>
<context>
    <name>tfdrift::GrpcAlertSource</name>
    <message>
        <location filename="../core/ingest/grpc/GrpcAlertSource.cpp" line="252"/>
        <location filename="../core/ingest/grpc/GrpcAlertSource.cpp" line="292"/>
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
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>TFDrift Console</source>
        <translation>TFDrift Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66"/>
        <source>Drift events</source>
        <translation>ドリフトイベント</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Falco alerts</source>
        <translation>Falco アラート</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>No alert sources</source>
        <translation>アラートソースがありません</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;Clear</source>
        <translation>クリア(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Remove every drift event and alert from the tables</source>
        <translation>表からすべてのドリフトイベントとアラートを消去します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Alerts</source>
        <translation>アラート(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>Show the alerts that arrived while paused, and follow new ones</source>
        <translation>一時停止中に届いたアラートを表示し、新しいアラートの表示を再開します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>Stop adding alerts to the table; they are kept and shown on resume</source>
        <translation>表へのアラートの追加を止めます。受信は続き、再開すると表示されます</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>Alerts: %L1</source>
        <translation>アラート: %L1 件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>Paused, %L1 waiting</source>
        <translation>一時停止中 (%L1 件待機)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>Dropped (row limit): %L1</source>
        <translation>破棄 (行数上限): %L1 件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>Drift: %L1 of %L2 shown</source>
        <translation>ドリフト: %L2 件中 %L1 件を表示</translation>
    </message>
</context>
<context>
    <name>tfdrift::MappingCatalog</name>
    <message>
        <location filename="../core/mapping/MappingCatalog.cpp" line="29"/>
        <source>the built-in mapping catalog is missing from this build</source>
        <translation>このビルドには内蔵マッピングカタログが含まれていません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalog.cpp" line="55"/>
        <source>cannot read the mapping catalog: %1</source>
        <translation>マッピングカタログを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="63"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML 構文エラー: %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="73"/>
        <source>a mapping catalog is a mapping with &quot;provider&quot; and &quot;services&quot; (aws) or &quot;methods&quot; (gcp)</source>
        <translation>マッピングカタログは &quot;provider&quot; と &quot;services&quot; (aws) または &quot;methods&quot; (gcp) を持つマッピングです</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="77"/>
        <source>the catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="85"/>
        <source>the catalog has no &quot;provider&quot; (aws or gcp)</source>
        <translation>カタログに &quot;provider&quot; (aws または gcp) がありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="88"/>
        <source>an aws catalog lists &quot;services&quot;, not &quot;methods&quot;</source>
        <translation>aws のカタログに書くのは &quot;methods&quot; ではなく &quot;services&quot; です</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="90"/>
        <source>an aws catalog needs &quot;services&quot;</source>
        <translation>aws のカタログには &quot;services&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="95"/>
        <source>a gcp catalog lists &quot;methods&quot;, not &quot;services&quot;</source>
        <translation>gcp のカタログに書くのは &quot;services&quot; ではなく &quot;methods&quot; です</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="97"/>
        <source>a gcp catalog needs &quot;methods&quot;</source>
        <translation>gcp のカタログには &quot;methods&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="101"/>
        <source>&quot;provider&quot; must be aws or gcp</source>
        <translation>&quot;provider&quot; は aws か gcp にしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="108"/>
        <source>&quot;services&quot; must be a list</source>
        <translation>&quot;services&quot; はリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="119"/>
        <source>service has no &quot;source&quot; (its CloudTrail eventSource)</source>
        <translation>サービスに &quot;source&quot; (CloudTrail の eventSource) がありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="122"/>
        <source>service has no &quot;events&quot;</source>
        <translation>サービスに &quot;events&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="126"/>
        <source>&quot;events&quot; must be a list</source>
        <translation>&quot;events&quot; はリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="139"/>
        <source>&quot;methods&quot; must be a list</source>
        <translation>&quot;methods&quot; はリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="152"/>
        <source>&quot;%1&quot; must be a name without spaces</source>
        <translation>&quot;%1&quot; は空白を含まない名前にしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="178"/>
        <source>entry has no &quot;name&quot;</source>
        <translation>エントリに &quot;name&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="181"/>
        <source>entry</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="187"/>
        <source>&quot;type&quot; must be a Terraform resource type such as aws_instance</source>
        <translation>&quot;type&quot; は aws_instance のような Terraform リソースタイプにしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="194"/>
        <source>&quot;%1&quot; is not a %2* type</source>
        <translation>&quot;%1&quot; は %2* のタイプではありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="197"/>
        <source>&quot;%1&quot; has no &quot;type&quot;</source>
        <translation>&quot;%1&quot; に &quot;type&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="207"/>
        <source>&quot;action&quot; must be create, modify or delete</source>
        <translation>&quot;action&quot; は create、modify、delete のいずれかにしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="211"/>
        <source>&quot;%1&quot; has no &quot;action&quot; (create, modify or delete)</source>
        <translation>&quot;%1&quot; に &quot;action&quot; (create、modify、delete) がありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="218"/>
        <source>&quot;%1&quot; has no &quot;id&quot;: say where the resource id is</source>
        <translation>&quot;%1&quot; に &quot;id&quot; がありません。リソース ID の場所を書いてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="249"/>
        <source>&quot;id&quot; must be a list of JSON pointers</source>
        <translation>&quot;id&quot; は JSON ポインターのリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="256"/>
        <source>&quot;id&quot; needs at least one JSON pointer</source>
        <translation>&quot;id&quot; には JSON ポインターが 1 つ以上必要です</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="282"/>
        <source>&quot;%1&quot; is not a Terraform attribute name such as instance_type</source>
        <translation>&quot;%1&quot; は instance_type のような Terraform 属性名ではありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="295"/>
        <source>JSON pointer &quot;%1&quot;: %2</source>
        <translation>JSON ポインター &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="299"/>
        <source>a JSON pointer starts with &quot;/&quot;</source>
        <translation>JSON ポインターは &quot;/&quot; で始まります</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="305"/>
        <source>&quot;~&quot; must be followed by 0 or 1 (RFC 6901)</source>
        <translation>&quot;~&quot; の後には 0 か 1 が必要です (RFC 6901)</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="313"/>
        <source>GCP audit events carry no /response; use /resource or /request</source>
        <translation>GCP 監査イベントに /response はありません。/resource か /request を使ってください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="318"/>
        <source>/resource is the GCP resourceName; CloudTrail ids are under /request or /response</source>
        <translation>/resource は GCP の resourceName です。CloudTrail の ID は /request か /response の下にあります</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="321"/>
        <source>attributes are set by the request: use /request/...</source>
        <translation>属性はリクエストで設定されます。/request/... を使ってください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="323"/>
        <source>/resource is a string; nothing can follow it</source>
        <translation>/resource は文字列です。後ろには何も続けられません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="327"/>
        <source>a pointer starts with /request (requestParameters) or /response (responseElements)</source>
        <translation>ポインターは /request (requestParameters) か /response (responseElements) で始まります</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="329"/>
        <source>a pointer starts with /resource (resourceName) or /request</source>
        <translation>ポインターは /resource (resourceName) か /request で始まります</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="338"/>
        <source>&quot;%1&quot; is listed again; this entry replaces the one at line %2</source>
        <translation>&quot;%1&quot; が再度書かれています。このエントリが %2 行目のものを置き換えます</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="346"/>
        <source>&quot;%1&quot; already has a default entry at line %2; this one replaces it</source>
        <translation>&quot;%1&quot; には %2 行目に既定のエントリがあります。このエントリで置き換えます</translation>
    </message>
</context>
<context>
    <name>tfdrift::NotificationsParser</name>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="260"/>
        <source>&quot;%1&quot; must be longer than 0s</source>
        <translation>&quot;%1&quot; は 0s より長くしてください</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="282"/>
        <source>&quot;retry_backoff_max&quot; must not be shorter than &quot;retry_backoff&quot; (%1 ms)</source>
        <translation>&quot;retry_backoff_max&quot; は &quot;retry_backoff&quot; (%1 ms) より短くできません</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="308"/>
        <source>CA file %1 does not exist</source>
        <translation>CA ファイル %1 が存在しません</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="348"/>
        <source>&quot;%1.events_url&quot; must be an http or https URL with a host</source>
        <translation>&quot;%1.events_url&quot; はホストを含む http または https の URL にしてください</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="381"/>
        <source>&quot;%1&quot; must be a Falco priority (emergency, alert, critical, error, warning, notice, informational or debug)</source>
        <translation>&quot;%1&quot; は Falco の優先度 (emergency、alert、critical、error、warning、notice、informational、debug) にしてください</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="396"/>
        <source>&quot;headers&quot; keys must be HTTP header names</source>
        <translation>&quot;headers&quot; のキーは HTTP ヘッダー名にしてください</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="420"/>
        <source>%1 is enabled but has no &quot;%2&quot;</source>
        <translation>%1 は有効ですが &quot;%2&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="427"/>
        <source>&quot;%1&quot; must be an http or https URL with a host</source>
        <translation>&quot;%1&quot; はホストを含む http または https の URL にしてください</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="453"/>
        <source>&quot;%1&quot; needs the name of a keychain entry after &quot;keychain:&quot;</source>
        <translation>&quot;%1&quot; には &quot;keychain:&quot; の後にキーチェーンのエントリ名が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="474"/>
        <source>&quot;%1&quot; holds a secret in plain text; use ${ENV_VAR} or keychain:NAME</source>
        <translation>&quot;%1&quot; にシークレットが平文で書かれています。${ENV_VAR} か keychain:NAME を使ってください</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="490"/>
        <source>&quot;outbox&quot; must name a file; %1 is a folder</source>
        <translation>&quot;outbox&quot; にはファイルを指定してください。%1 はフォルダーです</translation>
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
    <name>tfdrift::ScheduleParser</name>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="27"/>
        <source>hour %1 is out of range 00-24</source>
        <translation>時 %1 が範囲 00-24 の外です</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="31"/>
        <source>minute %1 is out of range 00-59</source>
        <translation>分 %1 が範囲 00-59 の外です</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="35"/>
        <source>24:%1 is past the end of the day; only 24:00 may use hour 24</source>
        <translation>24:%1 は一日の終わりを過ぎています。24 時を使えるのは 24:00 だけです</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="48"/>
        <source>expected a range of times such as &quot;09:00-18:00&quot; (HH:MM-HH:MM)</source>
        <translation>&quot;09:00-18:00&quot; (HH:MM-HH:MM) のような時刻の範囲が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="59"/>
        <source>the range starts and ends at the same time; write &quot;00:00-24:00&quot; for the whole day</source>
        <translation>範囲の開始と終了が同じ時刻です。終日なら &quot;00:00-24:00&quot; と書いてください</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="70"/>
        <source>&quot;schedule&quot; must be a mapping with allowed_hours, timezone and weekdays_only</source>
        <translation>&quot;schedule&quot; は allowed_hours、timezone、weekdays_only を持つマッピングにしてください</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="86"/>
        <source>&quot;allowed_hours&quot;: %1</source>
        <translation>&quot;allowed_hours&quot;: %1</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="104"/>
        <source>&quot;timezone&quot;: unknown time zone &quot;%1&quot;; use an IANA id such as &quot;Asia/Tokyo&quot;, &quot;Europe/Berlin&quot; or &quot;UTC&quot;</source>
        <translation>&quot;timezone&quot;: 不明なタイムゾーン &quot;%1&quot; です。&quot;Asia/Tokyo&quot;、&quot;Europe/Berlin&quot;、&quot;UTC&quot; のような IANA ID を使ってください</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="123"/>
        <source>&quot;schedule&quot; needs &quot;allowed_hours&quot;, &quot;weekdays_only: true&quot; or both</source>
        <translation>&quot;schedule&quot; には &quot;allowed_hours&quot; か &quot;weekdays_only: true&quot;、またはその両方が必要です</translation>
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
    <name>tfdrift::SqliteFile</name>
    <message>
        <location filename="../core/storage/SqliteFile.cpp" line="51"/>
        <source>cannot create its folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteFile.cpp" line="90"/>
        <source>the file was written by another version: %1</source>
        <translation>このファイルは別のバージョンで書かれています: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::StateConfigParser</name>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="65"/>
        <source>&quot;state&quot; must be a mapping (one state) or a list of them</source>
        <translation>&quot;state&quot; はマッピング (ステート 1 つ) かそのリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="70"/>
        <source>each &quot;state&quot; entry must be a mapping with backend, ...</source>
        <translation>&quot;state&quot; の各エントリは backend などを持つマッピングにしてください</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="102"/>
        <source>&quot;refresh_interval&quot; must be 0 (no periodic reload) or at least 1s</source>
        <translation>&quot;refresh_interval&quot; は 0 (定期再読み込みなし) か 1s 以上にしてください</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="114"/>
        <source>&quot;command_timeout&quot; must be longer than 0s</source>
        <translation>&quot;command_timeout&quot; は 0s より長くしてください</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="144"/>
        <source>a state read by a command without &quot;dir&quot; needs a &quot;name&quot;</source>
        <translation>&quot;dir&quot; なしでコマンドから読むステートには &quot;name&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="150"/>
        <source>another state is already named &quot;%1&quot;; give each state its own &quot;name&quot;</source>
        <translation>&quot;%1&quot; という名前のステートがすでにあります。ステートごとに別の &quot;name&quot; を付けてください</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="183"/>
        <source>state has no &quot;backend&quot; (%1)</source>
        <translation>ステートに &quot;backend&quot; (%1) がありません</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="184"/>
        <source>state mixes the keys of several backends; set &quot;backend&quot; (%1)</source>
        <translation>ステートに複数のバックエンドのキーが混在しています。&quot;backend&quot; (%1) を指定してください</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="202"/>
        <source>&quot;%1&quot; does not apply to backend %2; it is ignored</source>
        <translation>&quot;%1&quot; はバックエンド %2 には使われないため無視します</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="217"/>
        <source>&quot;workspace&quot; may hold only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;</source>
        <translation>&quot;workspace&quot; に使えるのは英字、数字、&quot;.&quot;、&quot;-&quot;、&quot;_&quot; だけです</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="223"/>
        <source>&quot;workspace&quot; works with command: terraform or tofu; with a command of your own, select the workspace in that command</source>
        <translation>&quot;workspace&quot; が使えるのは command: terraform か tofu のときです。独自のコマンドでは、そのコマンドの中でワークスペースを選んでください</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="235"/>
        <source>backend local needs &quot;local_path&quot;</source>
        <translation>バックエンド local には &quot;local_path&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="253"/>
        <source>backend s3 needs &quot;s3_bucket&quot; and &quot;s3_key&quot;</source>
        <translation>バックエンド s3 には &quot;s3_bucket&quot; と &quot;s3_key&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="281"/>
        <source>backend gcs needs &quot;gcs_bucket&quot;</source>
        <translation>バックエンド gcs には &quot;gcs_bucket&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="309"/>
        <source>backend command needs &quot;command&quot;: a list such as [terraform, -chdir=infra, state, pull], or terraform or tofu with &quot;dir&quot;</source>
        <translation>バックエンド command には &quot;command&quot; が必要です。[terraform, -chdir=infra, state, pull] のようなリストか、&quot;dir&quot; を伴う terraform または tofu です</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="325"/>
        <source>command: %1 needs &quot;dir&quot;, the Terraform configuration&apos;s folder</source>
        <translation>command: %1 には Terraform 構成のフォルダー &quot;dir&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="346"/>
        <source>&quot;command&quot; must not be empty</source>
        <translation>&quot;command&quot; を空にはできません</translation>
    </message>
</context>
<context>
    <name>tfdrift::StateStore</name>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="78"/>
        <source>no local_path is set for the state</source>
        <translation>ステートに local_path が設定されていません</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="87"/>
        <location filename="../core/state/StateSourceLoader.cpp" line="92"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="89"/>
        <source>%1 is larger than 1 GiB: not a Terraform state</source>
        <translation>%1 は 1 GiB を超えています。Terraform のステートではありません</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="115"/>
        <source>no command is set for the state</source>
        <translation>ステートにコマンドが設定されていません</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="132"/>
        <source>cannot run `%1`: %2</source>
        <translation>`%1` を実行できません: %2</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="141"/>
        <source>`%1` was stopped</source>
        <translation>`%1` は停止されました</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="146"/>
        <source>`%1` did not finish within %2 s</source>
        <translation>`%1` が %2 秒以内に終わりませんでした</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="155"/>
        <source>`%1` crashed</source>
        <translation>`%1` がクラッシュしました</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="156"/>
        <source>`%1` crashed: %2</source>
        <translation>`%1` がクラッシュしました: %2</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="160"/>
        <source>`%1` failed with exit code %2</source>
        <translation>`%1` が終了コード %2 で失敗しました</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="161"/>
        <source>`%1` failed with exit code %2: %3</source>
        <translation>`%1` が終了コード %2 で失敗しました: %3</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="202"/>
        <source>unknown state backend</source>
        <translation>不明なステートバックエンドです</translation>
    </message>
</context>
<context>
    <name>tfdrift::TerraformState</name>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="43"/>
        <source>expected a JSON object with &quot;version&quot;, &quot;serial&quot; and &quot;resources&quot;: not a Terraform state file</source>
        <translation>&quot;version&quot;、&quot;serial&quot;、&quot;resources&quot; を持つ JSON オブジェクトが必要です。Terraform のステートファイルではありません</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="128"/>
        <source>the state is encrypted (OpenTofu state encryption): use the command backend with `tofu state pull`, which decrypts it</source>
        <translation>ステートが暗号化されています (OpenTofu のステート暗号化)。復号する `tofu state pull` を command バックエンドで使ってください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="132"/>
        <source>missing &quot;version&quot;: not a Terraform state file</source>
        <translation>&quot;version&quot; がありません。Terraform のステートファイルではありません</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="134"/>
        <source>&quot;version&quot; must be an integer</source>
        <translation>&quot;version&quot; は整数にしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="137"/>
        <source>state format version %1 is not supported: it was written by Terraform 0.11 or older; refresh it once with Terraform 0.12 or later to upgrade it</source>
        <translation>ステート形式のバージョン %1 には対応していません。Terraform 0.11 以前で書かれたものです。Terraform 0.12 以降で一度リフレッシュして更新してください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="141"/>
        <source>state format version %1 is newer than this console understands (4)</source>
        <translation>ステート形式のバージョン %1 は、このコンソールが理解できるもの (4) より新しいです</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="150"/>
        <source>&quot;serial&quot; must be a non-negative integer</source>
        <translation>&quot;serial&quot; は 0 以上の整数にしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="158"/>
        <source>&quot;resources&quot; must be an array</source>
        <translation>&quot;resources&quot; は配列にしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="209"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>「%1」は文字列でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="225"/>
        <location filename="../core/state/TerraformState.cpp" line="271"/>
        <source>must be an object</source>
        <translation>オブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="229"/>
        <source>&quot;mode&quot; must be &quot;managed&quot; or &quot;data&quot;</source>
        <translation>&quot;mode&quot; は &quot;managed&quot; か &quot;data&quot; にしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="239"/>
        <source>a resource needs a &quot;type&quot; and a &quot;name&quot;</source>
        <translation>リソースには &quot;type&quot; と &quot;name&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="256"/>
        <source>&quot;instances&quot; must be an array</source>
        <translation>&quot;instances&quot; は配列にしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="290"/>
        <source>&quot;index_key&quot; must be an integer or a string</source>
        <translation>&quot;index_key&quot; は整数か文字列にしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="298"/>
        <source>&quot;attributes&quot; must be an object</source>
        <translation>&quot;attributes&quot; はオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="306"/>
        <source>&quot;attributes_flat&quot; must be an object</source>
        <translation>&quot;attributes_flat&quot; はオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="337"/>
        <source>&quot;sensitive_attributes&quot; must be an array</source>
        <translation>&quot;sensitive_attributes&quot; は配列にしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="389"/>
        <location filename="../core/state/TerraformState.cpp" line="397"/>
        <location filename="../core/state/TerraformState.cpp" line="412"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="389"/>
        <source>the state is empty (no state stored yet?)</source>
        <translation>ステートが空です (まだ保存されていない可能性があります)</translation>
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
        <location filename="../app/cli/main.cpp" line="27"/>
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
        <location filename="../app/cli/main.cpp" line="32"/>
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
        <location filename="../app/cli/main.cpp" line="71"/>
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
    <name>tfdrift::cli::CliCommand</name>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="53"/>
        <source>--count needs a positive number</source>
        <translation>--count には正の数が必要です</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::CliNotifications</name>
    <message numerus="yes">
        <location filename="../app/cli/CliNotifications.cpp" line="39"/>
        <source>%1: notification %2 dead-lettered after %n attempt(s): %3</source>
        <translation>
            <numerusform>%1: 通知 %2 は %n 回の試行の後デッドレターになりました: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliNotifications.cpp" line="46"/>
        <source>%1: notification %2 failed (%3), next attempt at %4</source>
        <translation>%1: 通知 %2 の送信に失敗しました (%3)。次の試行は %4</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::ConfigCommand</name>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="20"/>
        <source>1 error</source>
        <translation>エラー 1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="20"/>
        <source>%1 errors</source>
        <translation>エラー %1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="25"/>
        <source>1 warning</source>
        <translation>警告 1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="25"/>
        <source>%1 warnings</source>
        <translation>警告 %1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="36"/>
        <source>Check a config.yaml and report its errors and warnings with their line and column</source>
        <translation>config.yaml を検査し、エラーと警告を行と列つきで報告する</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="44"/>
        <source>

Exit status: 0 when the file is valid (warnings allowed), 1 when it has errors, 2 on usage errors.</source>
        <translation>

終了ステータス: ファイルが有効なら 0 (警告は可)、エラーがあれば 1、使い方の誤りなら 2。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="46"/>
        <source>Check FILE.</source>
        <translation>FILE を検査します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="46"/>
        <source>check FILE</source>
        <translation>check FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="53"/>
        <source>missing subcommand; usage: tfdrift config check FILE</source>
        <translation>サブコマンドがありません。使い方: tfdrift config check FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="57"/>
        <source>unknown subcommand &quot;%1&quot;; usage: tfdrift config check FILE</source>
        <translation>不明なサブコマンド &quot;%1&quot; です。使い方: tfdrift config check FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="62"/>
        <source>missing FILE; usage: tfdrift config check FILE</source>
        <translation>FILE がありません。使い方: tfdrift config check FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="66"/>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
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
        <translation>%1: %2、%3</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::EmulateCommand</name>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="30"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="47"/>
        <source>%1 records raised %2 alerts</source>
        <translation>レコード %1 件からアラート %2 件が発生しました</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="54"/>
        <source>Run a stand-in Falco that replays alerts over gRPC or posts them like http_output</source>
        <translation>Falco の代役を実行し、アラートを gRPC で再生するか、http_output と同じように POST します</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="62"/>
        <source>Serve gRPC on TCP host:port (port 0: any).</source>
        <translation>TCP の ホスト:ポート で gRPC を提供します (ポート 0: 空いているポート)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="62"/>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="63"/>
        <source>Serve gRPC on a unix socket.</source>
        <translation>Unix ソケットで gRPC を提供します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="64"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="66"/>
        <source>POST each alert to URL as Falco&apos;s http_output does.</source>
        <translation>Falco の http_output と同じように、各アラートを URL に POST します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="67"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="69"/>
        <source>CA that signs client certificates (mTLS).</source>
        <translation>クライアント証明書に署名する CA (mTLS)。</translation>
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
        <translation>サーバー証明書 (mTLS)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="72"/>
        <source>Server private key (mTLS).</source>
        <translation>サーバーの秘密鍵 (mTLS)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="76"/>
        <source>Serve plain TCP without TLS (tests only; real Falco requires mTLS).</source>
        <translation>TLS なしの平文 TCP で提供します (テスト専用。実際の Falco では mTLS が必須です)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="78"/>
        <source>JSON-lines alerts to replay (default: the built-in demo feed).</source>
        <translation>再生する JSON Lines 形式のアラート (既定: 内蔵デモフィード)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="82"/>
        <source>Act as Falco over recorded audit events: a CloudTrail file or JSON lines of CloudTrail records or GCP audit entries; the alerts the rules raise are served.</source>
        <translation>記録済みの監査イベントを入力に Falco として動作し、ルールが発生させたアラートを提供します。入力は CloudTrail ファイル、または CloudTrail レコードか GCP 監査エントリの JSON Lines です。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="87"/>
        <source>Rules for --cloudtrail; repeat for several (default: the bundled tfdrift_rules.yaml).</source>
        <translation>--cloudtrail で使うルール。複数あるときは繰り返し指定します (既定: 同梱の tfdrift_rules.yaml)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="90"/>
        <source>Alerts per second; 0 sends all at once (default 10).</source>
        <translation>毎秒のアラート数。0 ならすべてを一度に送ります (既定 10)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="91"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="93"/>
        <source>Start over at the end of the file.</source>
        <translation>ファイルの終わりに達したら最初から繰り返します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="96"/>
        <source>Keep recorded times instead of stamping alerts with the current time.</source>
        <translation>アラートに現在時刻を付けず、記録された時刻をそのまま使います。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="99"/>
        <source>Exit once every alert was sent (and, for gRPC, taken by a client).</source>
        <translation>すべてのアラートを送信したら (gRPC ではクライアントが受け取ったら) 終了します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="110"/>
        <source>give exactly one of --listen, --unix or --post</source>
        <translation>--listen、--unix、--post のうち 1 つだけを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="116"/>
        <source>--rate needs a number &gt;= 0</source>
        <translation>--rate には 0 以上の数値が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="120"/>
        <source>--loop never drains; it cannot be combined with --exit-when-drained</source>
        <translation>--loop では送信が終わらないため、--exit-when-drained と組み合わせられません</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="125"/>
        <source>give either --replay or --cloudtrail, not both</source>
        <translation>--replay と --cloudtrail はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="129"/>
        <source>--rules only applies with --cloudtrail</source>
        <translation>--rules は --cloudtrail を指定したときだけ有効です</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="143"/>
        <source>no alerts to replay</source>
        <translation>再生するアラートがありません</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="152"/>
        <source>--post needs an http:// or https:// URL</source>
        <translation>--post には http:// または https:// の URL が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="169"/>
        <source>the receiver answered HTTP %1: %2</source>
        <translation>受信側が HTTP %1 を返しました: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="185"/>
        <source>posting to %1</source>
        <translation>%1 に POST 中</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="200"/>
        <source>TCP needs --tls-ca, --tls-cert and --tls-key (mutual TLS, as Falco), or --insecure</source>
        <translation>TCP には --tls-ca、--tls-cert、--tls-key (Falco と同じ相互 TLS)、または --insecure が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="210"/>
        <source>listening on unix://%1</source>
        <translation>unix://%1 で待ち受け中</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="213"/>
        <source>listening on %1:%2</source>
        <translation>%1:%2 で待ち受け中</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::NotifyCommand</name>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="38"/>
        <source>The config.yaml to use (default: ./config.yaml).</source>
        <translation>使用する config.yaml (既定: ./config.yaml)。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="39"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="73"/>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="111"/>
        <source>Send a test drift event, marked as a test, to each enabled channel or to one.
Exit status: 0 when every channel accepted it, 1 when one failed, 2 on usage errors.</source>
        <translation>テストと明記したドリフトイベントを、有効な各チャネルまたは指定した 1 つのチャネルに送信します。
終了ステータス: すべてのチャネルが受け付けたら 0、失敗したチャネルがあれば 1、使い方の誤りなら 2。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="114"/>
        <source>Only this channel (slack, discord, teams, pagerduty, webhook, custom, falco_output).</source>
        <translation>このチャネルだけに送信します (slack、discord、teams、pagerduty、webhook、custom、falco_output)。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="116"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="147"/>
        <source>CHANNEL</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="147"/>
        <source>RESULT</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="147"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="147"/>
        <source>LATENCY</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="148"/>
        <source>TARGET</source>
        <translation>送信先</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="148"/>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="153"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="153"/>
        <source>FAILED</source>
        <translation>失敗</translation>
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
            <numerusform>チャネル %n 個をテストし、%1 個が失敗しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="165"/>
        <source>Deliver what the notification outbox holds, then exit.
Exit status: 0 when nothing is left to send, 1 when notifications still wait or were dead-lettered, 2 on usage errors.</source>
        <translation>通知の送信キュー (outbox) にあるものを送信してから終了します。
終了ステータス: 送るものが残っていなければ 0、送信待ちの通知が残っているか通知がデッドレターになったら 1、使い方の誤りなら 2。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="169"/>
        <source>Give up waiting after this long (default 60s).</source>
        <translation>この時間が過ぎたら待つのをやめます (既定 60s)。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="170"/>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="179"/>
        <source>--timeout needs a duration such as 30s or 5m</source>
        <translation>--timeout には 30s や 5m のような時間の長さが必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="194"/>
        <source>outbox %1: %2 delivered, %3 pending, %4 dead</source>
        <translation>送信キュー %1: 送信済み %2、送信待ち %3、デッドレター %4</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="215"/>
        <source>List the notifications in the outbox, with the reason each dead letter failed.</source>
        <translation>送信キュー (outbox) の通知を一覧表示し、デッドレターごとに失敗の理由を示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="218"/>
        <source>pending, dead or delivered (default: pending and dead).</source>
        <translation>pending、dead、delivered のいずれか (既定: pending と dead)。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="219"/>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="220"/>
        <source>One JSON object per line.</source>
        <translation>1 行に 1 つの JSON オブジェクトで出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="229"/>
        <source>--state must be pending, dead or delivered</source>
        <translation>--state は pending、dead、delivered のいずれかにしてください</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/NotifyCommand.cpp" line="258"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 回試行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="265"/>
        <source>%1 pending, %2 dead, %3 delivered; repeated events suppressed: %4; possible duplicates sent (an earlier attempt may already have arrived): %5</source>
        <translation>保留 %1、デッドレター %2、配信済み %3; 抑止した重複イベント: %4; 重複の可能性がある送信 (以前の試行が届いていた可能性): %5</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="278"/>
        <source>Put dead letters back in the queue; the next `tfdrift notify flush` or `tfdrift watch` sends them.</source>
        <translation>デッドレターを送信キューに戻します。次の `tfdrift notify flush` または `tfdrift watch` がそれらを送信します。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="280"/>
        <source>The dead letter to retry.</source>
        <translation>再試行するデッドレター。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="281"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="282"/>
        <source>Retry every dead letter.</source>
        <translation>すべてのデッドレターを再試行します。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="288"/>
        <source>give either --id N or --all</source>
        <translation>--id N か --all のどちらかを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="296"/>
        <source>--id needs a notification number from `tfdrift notify outbox`</source>
        <translation>--id には `tfdrift notify outbox` が示す通知番号が必要です</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/NotifyCommand.cpp" line="304"/>
        <source>%n dead letter(s) queued again</source>
        <translation>
            <numerusform>デッドレター %n 件を送信キューに戻しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="312"/>
        <source>Store a secret in the OS secret store, for keychain:NAME in config.yaml. The value is read from standard input, so that it stays out of the shell history.</source>
        <translation>config.yaml の keychain:NAME で使うシークレットを OS のシークレットストアに保存します。値はシェルの履歴に残らないよう標準入力から読み込みます。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="315"/>
        <source>The action: set.</source>
        <translation>操作: set。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="316"/>
        <source>The entry&apos;s name.</source>
        <translation>エントリの名前。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="322"/>
        <source>usage: tfdrift notify secret set NAME &lt; value</source>
        <translation>使い方: tfdrift notify secret set NAME &lt; 値</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="327"/>
        <source>cannot read standard input</source>
        <translation>標準入力を読み込めません</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="332"/>
        <source>no secret on standard input</source>
        <translation>標準入力にシークレットがありません</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="346"/>
        <source>stored; use &quot;keychain:%1&quot; in config.yaml</source>
        <translation>保存しました。config.yaml では &quot;keychain:%1&quot; を使ってください</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="355"/>
        <source>Send a test drift event to each enabled channel and show what each service said</source>
        <translation>有効な各チャネルにテスト用のドリフトイベントを送信し、各サービスの応答を表示する</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="357"/>
        <source>Deliver what the outbox holds, then exit</source>
        <translation>送信キューにあるものを送信してから終了する</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="359"/>
        <source>List pending and dead-lettered notifications</source>
        <translation>送信待ちの通知とデッドレターになった通知を一覧表示する</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="360"/>
        <source>Queue dead letters again</source>
        <translation>デッドレターを送信キューに戻す</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="362"/>
        <source>Store a channel secret in the OS secret store</source>
        <translation>チャネルのシークレットを OS のシークレットストアに保存する</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="367"/>
        <source>Test notification channels and manage the notification outbox</source>
        <translation>通知チャネルをテストし、通知の送信キューを管理する</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="372"/>
        <source>Usage: tfdrift notify &lt;subcommand&gt; [options]</source>
        <translation>使い方: tfdrift notify &lt;サブコマンド&gt; [オプション]</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::RulesCommand</name>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="37"/>
        <source>1 error</source>
        <translation>エラー 1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="37"/>
        <source>%1 errors</source>
        <translation>エラー %1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="42"/>
        <source>1 warning</source>
        <translation>警告 1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="42"/>
        <source>%1 warnings</source>
        <translation>警告 %1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="47"/>
        <source>1 file</source>
        <translation>ファイル 1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="47"/>
        <source>%1 files</source>
        <translation>ファイル %1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="52"/>
        <source>1 rule</source>
        <translation>ルール 1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="52"/>
        <source>%1 rules</source>
        <translation>ルール %1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="72"/>
        <source>

Exit status: 0 when the files are valid (warnings allowed), 1 when they have errors, 2 on usage errors.</source>
        <translation>

終了ステータス: ファイルが有効なら 0 (警告は可)、エラーがあれば 1、使い方の誤りなら 2。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="74"/>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりに JSON を出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="77"/>
        <source>Rules files, loaded in this order (as Falco&apos;s rules_files).</source>
        <translation>ルールファイル。指定した順に読み込みます (Falco の rules_files と同じ)。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="78"/>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="86"/>
        <source>Usage: %1 [options] FILE...</source>
        <translation>使い方: %1 [オプション] FILE...</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="95"/>
        <source>missing FILE; usage: %1 [--json] FILE...</source>
        <translation>FILE がありません。使い方: %1 [--json] FILE...</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="149"/>
        <source>Check Falco rules files as `falco -V` does and print each finding as
FILE:LINE:COL: error|warning: CODE: message, with a suggested fix where one is known.
Files load in the order given, with Falco&apos;s append and override semantics.
--json prints the document of `falco -V FILE... -o json_output=true` instead.</source>
        <translation>Falco のルールファイルを `falco -V` と同じように検査し、各指摘を
FILE:LINE:COL: error|warning: CODE: message の形式で、修正案がわかる場合はそれも添えて出力します。
ファイルは指定した順に、Falco の append と override の規則に従って読み込みます。
--json を指定すると、代わりに `falco -V FILE... -o json_output=true` と同じ文書を出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="168"/>
        <source>%1, %2 in %3</source>
        <translation>%1、%2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="180"/>
        <source>List the rules of Falco rules files as they stand after every append and override:
name, source, priority, enabled and tags. Errors that stop a file from loading go to stderr;
`tfdrift rules validate` shows every finding.</source>
        <translation>Falco のルールファイルのルールを、append と override をすべて適用した後の状態で一覧表示します:
名前、ソース、優先度、有効かどうか、タグ。ファイルの読み込みを止めるエラーは標準エラー出力に出します。
すべての指摘は `tfdrift rules validate` で確認できます。</translation>
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
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="222"/>
        <source>%1 in %2; %3 while loading</source>
        <translation>%1 (%2)。読み込み時: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="230"/>
        <source>Check rules files as `falco -V` does, with line, column and suggested fixes</source>
        <translation>ルールファイルを `falco -V` と同じように検査し、行と列、修正案を示す</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="232"/>
        <source>List the rules: name, source, priority, enabled, tags</source>
        <translation>ルールを一覧表示する: 名前、ソース、優先度、有効かどうか、タグ</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="236"/>
        <source>Dry-run rules over recorded CloudTrail or GCP audit events and print the alerts</source>
        <translation>記録済みの CloudTrail または GCP の監査イベントでルールをドライランし、アラートを出力する</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="242"/>
        <source>Validate, list and dry-run Falco rules files</source>
        <translation>Falco のルールファイルを検証、一覧表示、ドライランする</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="247"/>
        <source>Usage: tfdrift rules &lt;subcommand&gt; [options] FILE...</source>
        <translation>使い方: tfdrift rules &lt;サブコマンド&gt; [オプション] FILE...</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::RulesTestCommand</name>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="41"/>
        <source>event %1: not a %2 event</source>
        <translation>イベント %1: %2 のイベントではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="45"/>
        <source>event %1: %2</source>
        <translation>イベント %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="46"/>
        <source>match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="46"/>
        <source>no match</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="85"/>
        <source>Dry-run rules over recorded cloud audit events and print the alerts Falco would emit.

Events: a CloudTrail log file ({&quot;Records&quot;: [...]}), JSON lines of CloudTrail records, or JSON lines of GCP audit LogEntry objects.

Exit status: 0 when every file was read, 1 when the rules have errors or an event could not be read, 2 on usage errors.</source>
        <translation>記録済みのクラウド監査イベントでルールをドライランし、Falco が出すはずのアラートを出力します。

イベント: CloudTrail のログファイル ({&quot;Records&quot;: [...]})、CloudTrail レコードの JSON Lines、または GCP 監査の LogEntry オブジェクトの JSON Lines。

終了ステータス: すべてのファイルを読み込めたら 0、ルールにエラーがあるかイベントを読み込めなかったら 1、使い方の誤りなら 2。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="91"/>
        <source>A rules file; repeat for several, loaded in order.</source>
        <translation>ルールファイル。複数あるときは繰り返し指定します (指定した順に読み込みます)。</translation>
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
        <translation>記録済みのイベント。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="97"/>
        <source>Instead of alerts, show for each event which part of RULE&apos;s condition decided the result.</source>
        <translation>アラートの代わりに、RULE の条件のどの部分が結果を決めたかをイベントごとに表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="98"/>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="100"/>
        <source>Also run rules that are disabled (enabled: false).</source>
        <translation>無効なルール (enabled: false) も実行します。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="102"/>
        <source>The hostname alerts carry (default: this machine&apos;s).</source>
        <translation>アラートに付けるホスト名 (既定: このマシンのホスト名)。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="103"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="109"/>
        <source>give --rules FILE and --events FILE; see tfdrift rules test --help</source>
        <translation>--rules FILE と --events FILE を指定してください (tfdrift rules test --help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="113"/>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="67"/>
        <source>the rules have errors; Falco would not load them (see tfdrift rules validate)</source>
        <translation>ルールにエラーがあります。Falco はこのルールを読み込みません (tfdrift rules validate を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="127"/>
        <source>no rule named &quot;%1&quot; can be evaluated</source>
        <translation>&quot;%1&quot; という名前の評価できるルールはありません</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="131"/>
        <source>warning: rule &quot;%1&quot; (%2) is not evaluated: %3</source>
        <translation>警告: ルール &quot;%1&quot; (%2) は評価されません: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="144"/>
        <source>%1 events, %2 alerts from %3 rules</source>
        <translation>イベント %1 件、アラート %2 件 (ルール %3 件)</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::SubcommandCommand</name>
    <message>
        <location filename="../app/cli/SubcommandCommand.cpp" line="24"/>
        <source>Subcommands:
</source>
        <translation>サブコマンド:
</translation>
    </message>
    <message>
        <location filename="../app/cli/SubcommandCommand.cpp" line="27"/>
        <source>
Run &quot;tfdrift %1 &lt;subcommand&gt; --help&quot; for a subcommand&apos;s options.
</source>
        <translation>
各サブコマンドのオプションは &quot;tfdrift %1 &lt;サブコマンド&gt; --help&quot; で表示されます。
</translation>
    </message>
    <message>
        <location filename="../app/cli/SubcommandCommand.cpp" line="42"/>
        <source>missing subcommand; usage: tfdrift %1 %2 ...</source>
        <translation>サブコマンドがありません。使い方: tfdrift %1 %2 ...</translation>
    </message>
    <message>
        <location filename="../app/cli/SubcommandCommand.cpp" line="53"/>
        <source>unknown subcommand &quot;%1&quot;; usage: tfdrift %2 %3 ...</source>
        <translation>不明なサブコマンド &quot;%1&quot; です。使い方: tfdrift %2 %3 ...</translation>
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
        <location filename="../app/cli/TailCommand.cpp" line="110"/>
        <source>--max-retries needs a number &gt;= 0</source>
        <translation>--max-retries には 0 以上の数値が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="117"/>
        <source>--poll-interval needs milliseconds between 1 and 60000</source>
        <translation>--poll-interval には 1 から 60000 までのミリ秒数が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="129"/>
        <source>--grpc needs host:port, got &quot;%1&quot;</source>
        <translation>--grpc には ホスト:ポート が必要ですが、「%1」が指定されました</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="136"/>
        <source>gRPC over TCP needs --tls-ca, --tls-cert and --tls-key (Falco serves TCP only with mutual TLS), or --insecure for a local test server</source>
        <translation>TCP 上の gRPC には --tls-ca、--tls-cert、--tls-key が必要です (Falco は TCP を相互 TLS でのみ提供します)。ローカルのテストサーバーなら --insecure を指定します</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="149"/>
        <source>HTTPS needs both --tls-cert and --tls-key</source>
        <translation>HTTPS には --tls-cert と --tls-key の両方が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="156"/>
        <source>environment variable %1 is not set</source>
        <translation>環境変数 %1 が設定されていません</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::WatchCommand</name>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="36"/>
        <source>Detect drift from Falco alerts and print drift events as JSON lines</source>
        <translation>Falco のアラートからドリフトを検知し、ドリフトイベントを JSON Lines で出力する</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="43"/>
        <source>The config.yaml to use.</source>
        <translation>使用する config.yaml。</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="44"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="47"/>
        <source>Run on the built-in demo: a stand-in Falco replaying sample CloudTrail and GCP alerts against two sample accounts&apos; Terraform state.</source>
        <translation>内蔵デモで動かします。代替の Falco がサンプルの CloudTrail と GCP のアラートを再生し、2 つのサンプルアカウントの Terraform ステートと照合します。</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="49"/>
        <source>Exit after N drift events.</source>
        <translation>ドリフトイベントを N 件出力したら終了します。</translation>
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
        <translation>デモの毎秒アラート数 (既定 100)。</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="58"/>
        <source>give either --config FILE or --demo</source>
        <translation>--config FILE か --demo のどちらかを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="62"/>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="73"/>
        <source>--rate needs a positive number</source>
        <translation>--rate には正の数が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="106"/>
        <source>no Falco source is configured: add falco.endpoints, or falco.hostname and port</source>
        <translation>Falco のソースが設定されていません。falco.endpoints か、falco.hostname と port を追加してください</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/WatchCommand.cpp" line="125"/>
        <source>state %1: %n resource(s), serial %2</source>
        <translation>
            <numerusform>ステート %1: リソース %n 件、シリアル %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="129"/>
        <source>state %1: %2</source>
        <translation>ステート %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="160"/>
        <source>notifications not yet delivered stay in the outbox for the next run</source>
        <translation>まだ送信していない通知は送信キューに残り、次回の実行で送信されます</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::ChannelPayloads</name>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="158"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="212"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="310"/>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="159"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="213"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="310"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="160"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="214"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="311"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="162"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="215"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="311"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="163"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="216"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="312"/>
        <source>Account / region</source>
        <translation>アカウント / リージョン</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="164"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="217"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="315"/>
        <source>API call</source>
        <translation>API 呼び出し</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="166"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="219"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="314"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="179"/>
        <source>Falco rule: </source>
        <translation>Falco ルール: </translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="303"/>
        <source>Test notification sent from TFDrift Console.</source>
        <translation>TFDrift Console から送信したテスト通知です。</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="316"/>
        <source>Falco rule</source>
        <translation>Falco ルール</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="321"/>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/notify/ChannelPayloads.cpp" line="336"/>
        <source>and %n more change(s)</source>
        <translation>
            <numerusform>ほか %n 件の変更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::ChannelQueue</name>
    <message>
        <location filename="../core/notify/ChannelQueue.cpp" line="72"/>
        <source>%1: cannot read the channel&apos;s secrets, its notifications wait in the outbox: %2</source>
        <translation>%1: チャネルのシークレットを読み込めないため、通知は送信キューで待機します: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/notify/ChannelQueue.cpp" line="145"/>
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>%n 回試行して断念しました: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::ChannelSecrets</name>
    <message>
        <location filename="../core/notify/ChannelSecrets.cpp" line="73"/>
        <source>%1: no OS secret store is available</source>
        <translation>%1: OS のシークレットストアを使用できません</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::DriftSummary</name>
    <message>
        <location filename="../core/notify/DriftSummary.cpp" line="22"/>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <location filename="../core/notify/DriftSummary.cpp" line="36"/>
        <source>Drift: %1 %2</source>
        <translation>ドリフト: %1 %2</translation>
    </message>
    <message>
        <location filename="../core/notify/DriftSummary.cpp" line="38"/>
        <source>[TEST] %1</source>
        <translation>[テスト] %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::FileChannelTransport</name>
    <message>
        <location filename="../core/notify/FileChannelTransport.cpp" line="25"/>
        <source>cannot write to standard output</source>
        <translation>標準出力に書き込めません</translation>
    </message>
    <message>
        <location filename="../core/notify/FileChannelTransport.cpp" line="29"/>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/FileChannelTransport.cpp" line="32"/>
        <source>cannot write to %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::HttpChannelTransport</name>
    <message>
        <location filename="../core/notify/HttpChannelTransport.cpp" line="69"/>
        <source>ca_file %1 holds no PEM certificate</source>
        <translation>ca_file %1 に PEM 証明書がありません</translation>
    </message>
    <message>
        <location filename="../core/notify/HttpChannelTransport.cpp" line="110"/>
        <source>the channel&apos;s URL is not valid</source>
        <translation>チャネルの URL が不正です</translation>
    </message>
    <message>
        <location filename="../core/notify/HttpChannelTransport.cpp" line="159"/>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 以内に応答がありませんでした</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::NotificationManager</name>
    <message>
        <location filename="../core/notify/NotificationManager.cpp" line="62"/>
        <source>%1: cannot write &quot;%2&quot; to the notification outbox: %3</source>
        <translation>%1: &quot;%2&quot; を通知の送信キューに書き込めません: %3</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::Outbox</name>
    <message>
        <location filename="../core/notify/Outbox.cpp" line="116"/>
        <source>cannot open the notification outbox %1: %2</source>
        <translation>通知の送信キュー %1 を開けません: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::SecretStore</name>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="20"/>
        <source>access denied (%1)</source>
        <translation>アクセスが拒否されました (%1)</translation>
    </message>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="24"/>
        <source>%1; is a secret service (GNOME Keyring, KWallet, macOS Keychain) running and unlocked in this session? Without one, use ${ENV_VAR}</source>
        <translation>%1; このセッションでシークレットサービス (GNOME Keyring, KWallet, macOS Keychain) が動作し、ロック解除されていますか? 無い場合は ${ENV_VAR} を使ってください</translation>
    </message>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="52"/>
        <source>the OS secret store has no entry &quot;%1&quot; for %2</source>
        <translation>OS のシークレットストアに %2 のエントリ &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="53"/>
        <source>the OS secret store could not read &quot;%1&quot;: %2</source>
        <translation>OS のシークレットストアが &quot;%1&quot; を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="70"/>
        <source>the OS secret store could not store &quot;%1&quot;: %2</source>
        <translation>OS のシークレットストアが &quot;%1&quot; を保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::TestAlertRunner</name>
    <message>
        <location filename="../core/notify/TestAlertRunner.cpp" line="39"/>
        <source>channel &quot;%1&quot; is not enabled (set notifications.%1.enabled: true)</source>
        <translation>チャネル &quot;%1&quot; は有効になっていません (notifications.%1.enabled: true を設定してください)</translation>
    </message>
    <message>
        <location filename="../core/notify/TestAlertRunner.cpp" line="49"/>
        <source>no notification channel is enabled</source>
        <translation>有効な通知チャネルがありません</translation>
    </message>
    <message>
        <location filename="../core/notify/TestAlertRunner.cpp" line="50"/>
        <source>the config has no channel &quot;%1&quot; under notifications</source>
        <translation>設定の notifications にチャネル &quot;%1&quot; がありません</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules</name>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="65"/>
        <source>File read error</source>
        <translation>ファイル読み込みエラー</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="66"/>
        <source>YAML parse error</source>
        <translation>YAML 解析エラー</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="68"/>
        <source>Error validating internal structure of YAML file</source>
        <translation>YAML ファイルの内部構造の検証エラー</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="70"/>
        <source>Error compiling condition</source>
        <translation>条件のコンパイルエラー</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="72"/>
        <source>Error compiling output</source>
        <translation>出力のコンパイルエラー</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="74"/>
        <source>Error validating rule/macro/list/exception objects</source>
        <translation>rule/macro/list/exception オブジェクトの検証エラー</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="75"/>
        <source>Unknown event source</source>
        <translation>不明なイベントソース</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="77"/>
        <source>Unsafe &lt;NA&gt; comparison in condition</source>
        <translation>条件に安全でない &lt;NA&gt; との比較があります</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="79"/>
        <source>Condition has no event-type restriction</source>
        <translation>条件にイベントタイプの制限がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="81"/>
        <source>Warning in rule condition</source>
        <translation>ルール条件の警告</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="83"/>
        <source>Unknown field or event-type in condition or output</source>
        <translation>条件または出力に不明なフィールドかイベントタイプがあります</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="84"/>
        <source>Unused macro</source>
        <translation>使われていないマクロ</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="85"/>
        <source>Unused list</source>
        <translation>使われていないリスト</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="86"/>
        <source>Unknown rules file item</source>
        <translation>不明なルールファイル項目</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="87"/>
        <source>Used deprecated item</source>
        <translation>非推奨の項目が使われています</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="89"/>
        <source>Overriding/appending with no values</source>
        <translation>値のない上書き/追加</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="90"/>
        <source>Unknown key in item</source>
        <translation>項目に不明なキーがあります</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="92"/>
        <source>Invalid macro name</source>
        <translation>無効なマクロ名</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="93"/>
        <source>Invalid list name</source>
        <translation>無効なリスト名</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="95"/>
        <source>Multiple exceptions defined with the same name</source>
        <translation>同じ名前の例外が複数定義されています</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="101"/>
        <source> Did you mean &apos;%1&apos;?</source>
        <translation> &apos;%1&apos; の誤りではありませんか?</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="140"/>
        <source>since enter events are dropped, &apos;evt.dir = &lt;&apos; is always true and &apos;evt.dir = &gt;&apos; always false; remove the condition on evt.dir</source>
        <translation>enter イベントは破棄されるため、&apos;evt.dir = &lt;&apos; は常に真、&apos;evt.dir = &gt;&apos; は常に偽になります。evt.dir の条件を削除してください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="143"/>
        <source>the field has no value since enter events are dropped</source>
        <translation>enter イベントは破棄されるため、このフィールドには値がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="41"/>
        <source>invalid formatting token %: a trailing &apos;%&apos; names no field</source>
        <translation>無効な書式トークン % です。末尾の &apos;%&apos; はフィールドを指していません</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="48"/>
        <source>invalid formatting token %(: write %field, not %(field)</source>
        <translation>無効な書式トークン %( です。%(field) ではなく %field と書いてください</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="57"/>
        <source>invalid formatting token %1</source>
        <translation>無効な書式トークン %1 です</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="64"/>
        <source>invalid formatting token %1: missing &apos;)&apos;</source>
        <translation>無効な書式トークン %1 です。&apos;)&apos; がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="83"/>
        <source>invalid formatting token %1: missing &apos;]&apos;</source>
        <translation>無効な書式トークン %1 です。&apos;]&apos; がありません</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::ConditionCompiler</name>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="54"/>
        <source>the condition is empty</source>
        <translation>条件が空です</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="119"/>
        <source>expected a condition here</source>
        <translation>ここには条件が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="126"/>
        <source>Undefined macro &apos;%1&apos; used in filter.</source>
        <translation>未定義のマクロ &apos;%1&apos; がフィルターで使われています。</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="129"/>
        <source>macro &apos;%1&apos; refers to itself (through %2)</source>
        <translation>マクロ &apos;%1&apos; が自分自身を参照しています (経路: %2)</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="138"/>
        <source>macro &apos;%1&apos; does not compile: %2</source>
        <translation>マクロ &apos;%1&apos; をコンパイルできません: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="166"/>
        <source>the evaluator cannot extract field %1</source>
        <translation>評価エンジンはフィールド %1 を抽出できません</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="174"/>
        <source>expected a field here</source>
        <translation>ここにはフィールドが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="176"/>
        <source>the evaluator does not support the transformer %1()</source>
        <translation>評価エンジンは変換関数 %1() に対応していません</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="208"/>
        <source>the comparison has no value</source>
        <translation>比較に値がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="212"/>
        <source>the evaluator does not support %1() as a value</source>
        <translation>評価エンジンは値としての %1() に対応していません</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="241"/>
        <source>&apos;%1&apos; is not an even number of hex digits</source>
        <translation>&apos;%1&apos; は偶数桁の 16 進数ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="250"/>
        <source>invalid regular expression &apos;%1&apos;: %2</source>
        <translation>正規表現 &apos;%1&apos; が無効です: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="270"/>
        <source>&apos;%1&apos; is not a number, but %2 is numeric</source>
        <translation>&apos;%1&apos; は数値ではありませんが、%2 は数値型です</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::ConditionLexer</name>
    <message>
        <location filename="../core/rules/ConditionLexer.cpp" line="244"/>
        <source>invalid escape \&quot; in a single-quoted string</source>
        <translation>単一引用符の文字列に無効なエスケープ \&quot; があります</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionLexer.cpp" line="245"/>
        <source>invalid escape \&apos; in a double-quoted string</source>
        <translation>二重引用符の文字列に無効なエスケープ \&apos; があります</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionLexer.cpp" line="252"/>
        <source>unsupported escape sequence &apos;\%1&apos;; expected one of \b \f \n \r \t \\ \/ \&quot; \&apos;</source>
        <translation>未対応のエスケープシーケンス &apos;\%1&apos; です。\b \f \n \r \t \\ \/ \&quot; \&apos; のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionLexer.cpp" line="259"/>
        <source>unterminated string: expected a closing %1</source>
        <translation>文字列が閉じていません。閉じる %1 が必要です</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::EventFileReader</name>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="35"/>
        <source>%1: error: cannot read the file: %2</source>
        <translation>%1: エラー: ファイルを読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="76"/>
        <source>expected a JSON object (a CloudTrail record or a LogEntry)</source>
        <translation>JSON オブジェクト (CloudTrail レコードまたは LogEntry) が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="87"/>
        <source>the file holds no events</source>
        <translation>ファイルにイベントがありません</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="102"/>
        <source>record %1 of Records: </source>
        <translation>Records の %1 番目のレコード: </translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="117"/>
        <source>note: %1</source>
        <translation>備考: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="126"/>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="141"/>
        <source>no eventType, so Falco&apos;s cloudtrail plugin skips it</source>
        <translation>eventType がないため、Falco の cloudtrail プラグインはこれを読み飛ばします</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="143"/>
        <source>an Insights event, which Falco&apos;s cloudtrail plugin skips</source>
        <translation>Insights イベントのため、Falco の cloudtrail プラグインはこれを読み飛ばします</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="145"/>
        <source>no valid eventTime, so Falco&apos;s cloudtrail plugin skips it</source>
        <translation>有効な eventTime がないため、Falco の cloudtrail プラグインはこれを読み飛ばします</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="155"/>
        <source>neither a CloudTrail record (no eventName or eventSource) nor a GCP audit LogEntry (no protoPayload)</source>
        <translation>CloudTrail レコード (eventName も eventSource もない) でも GCP 監査の LogEntry (protoPayload がない) でもありません</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::FieldFixTable</name>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="39"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML 構文エラー: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="50"/>
        <source>a fix table is a mapping with &quot;schema&quot;, &quot;fields&quot; and &quot;priorities&quot;</source>
        <translation>修正案テーブルは &quot;schema&quot;、&quot;fields&quot;、&quot;priorities&quot; を持つマッピングです</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="54"/>
        <source>the fix table</source>
        <translation>修正案テーブル</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="57"/>
        <source>the fix table has no &quot;schema&quot; (expected 1)</source>
        <translation>修正案テーブルに &quot;schema&quot; がありません (1 が必要です)</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="64"/>
        <source>a field fix</source>
        <translation>フィールドの修正案</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="70"/>
        <source>a priority fix</source>
        <translation>優先度の修正案</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="83"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; はリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="104"/>
        <source>%1 needs a non-empty &quot;%2&quot;</source>
        <translation>%1 には空でない &quot;%2&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="132"/>
        <source>cannot read the fix table: %1</source>
        <translation>修正案テーブルを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::OutputTemplate</name>
    <message>
        <location filename="../core/rules/evaluation/OutputTemplate.cpp" line="46"/>
        <source>invalid formatting token %1: the evaluator cannot extract it</source>
        <translation>無効な書式トークン %1 です。評価エンジンはこれを抽出できません</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::Parser</name>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="67"/>
        <source>condition is empty; expected a field check, a macro name or &apos;(&apos;</source>
        <translation>条件が空です。フィールドの比較、マクロ名、&apos;(&apos; のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="72"/>
        <source>unexpected &apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>対応する &apos;(&apos; のない &apos;)&apos; があります</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="73"/>
        <source>unexpected text; expected &apos;and&apos;, &apos;or&apos; or the end of the condition</source>
        <translation>予期しないテキストです。&apos;and&apos;、&apos;or&apos;、または条件の終わりが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="127"/>
        <source>expected a condition after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の後に条件が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="146"/>
        <source>expected a condition after &apos;not&apos;</source>
        <translation>&apos;not&apos; の後に条件が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="154"/>
        <source>expected a condition after &apos;not&apos;, found the end of the condition</source>
        <translation>&apos;not&apos; の後に条件が必要ですが、条件が終わっています</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="171"/>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at offset %1, found the end of the condition</source>
        <translation>オフセット %1 の &apos;(&apos; を閉じる &apos;)&apos; が必要ですが、条件が終わっています</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="174"/>
        <source>expected &apos;and&apos;, &apos;or&apos; or &apos;)&apos; to close the &apos;(&apos; at offset %1</source>
        <translation>&apos;and&apos;、&apos;or&apos;、またはオフセット %1 の &apos;(&apos; を閉じる &apos;)&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="179"/>
        <source>expected a field check, a macro name or &apos;(&apos;, found the end of the condition</source>
        <translation>フィールドの比較、マクロ名、&apos;(&apos; のいずれかが必要ですが、条件が終わっています</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="188"/>
        <source>unknown transformer &apos;%1&apos;; expected one of %2</source>
        <translation>不明な変換関数 &apos;%1&apos; です。%2 のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="192"/>
        <source>expected a field check, a macro name or &apos;(&apos; before &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の前にフィールドの比較、マクロ名、&apos;(&apos; のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="202"/>
        <source>expected a field check, a macro name or &apos;(&apos; before &apos;)&apos;</source>
        <translation>&apos;)&apos; の前にフィールドの比較、マクロ名、&apos;(&apos; のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="203"/>
        <source>expected a field check, a macro name or &apos;(&apos;</source>
        <translation>フィールドの比較、マクロ名、&apos;(&apos; のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="234"/>
        <source>expected a field argument (a quoted or bare string) after &apos;[&apos; of &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の &apos;[&apos; の後にフィールド引数 (引用符つきまたはなしの文字列) が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="241"/>
        <source>expected &apos;]&apos; to close the argument opened at offset %1</source>
        <translation>オフセット %1 で始まる引数を閉じる &apos;]&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="261"/>
        <source>expected a field or a nested transformer inside &apos;%1(&apos;</source>
        <translation>&apos;%1(&apos; の中にフィールドか入れ子の変換関数が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="267"/>
        <source>expected &apos;)&apos; to close &apos;%1(&apos; at offset %2</source>
        <translation>オフセット %2 の &apos;%1(&apos; を閉じる &apos;)&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="280"/>
        <source>expected a field inside &apos;val(&apos;</source>
        <translation>&apos;val(&apos; の中にフィールドが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="284"/>
        <source>expected &apos;)&apos; to close &apos;val(&apos; at offset %1</source>
        <translation>オフセット %1 の &apos;val(&apos; を閉じる &apos;)&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="341"/>
        <source>expected an operator after &apos;%1&apos;, found the end of the condition; operators: %2</source>
        <translation>&apos;%1&apos; の後に演算子が必要ですが、条件が終わっています。演算子: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="345"/>
        <source>expected an operator after &apos;%1&apos;: one of %2</source>
        <translation>&apos;%1&apos; の後に演算子が必要です: %2 のいずれか</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="364"/>
        <source>expected %1 after &apos;%2&apos;, found the end of the condition</source>
        <translation>&apos;%2&apos; の後に %1 が必要ですが、条件が終わっています</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="366"/>
        <source>expected %1 after &apos;%2&apos;</source>
        <translation>&apos;%2&apos; の後に %1 が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="380"/>
        <source>a number (decimal, with optional exponent, or 0x hex) or val(field)</source>
        <translation>数値 (10 進数で指数は任意、または 0x の 16 進数) か val(field)</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="423"/>
        <source>a string value (quoted or bare) or val(field)</source>
        <translation>文字列の値 (引用符つきまたはなし) か val(field)</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="440"/>
        <source>expected a list item, found the end of the condition (the list opened at offset %1 is not closed)</source>
        <translation>リストの項目が必要ですが、条件が終わっています (オフセット %1 で始まるリストが閉じていません)</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="444"/>
        <source>expected a list item (a quoted or bare string or a list name)</source>
        <translation>リストの項目 (引用符つきまたはなしの文字列、またはリスト名) が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="454"/>
        <source>expected &apos;,&apos; or &apos;)&apos; in the list opened at offset %1, found the end of the condition</source>
        <translation>オフセット %1 で始まるリストに &apos;,&apos; か &apos;)&apos; が必要ですが、条件が終わっています</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="458"/>
        <source>expected &apos;,&apos; or &apos;)&apos; in the list opened at offset %1</source>
        <translation>オフセット %1 で始まるリストに &apos;,&apos; か &apos;)&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="472"/>
        <source>a parenthesised list, a list name or val(field)</source>
        <translation>括弧で囲んだリスト、リスト名、または val(field)</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::Parser::DepthGuard</name>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="87"/>
        <source>condition nests too deeply: more than %1 levels of parentheses, &apos;not&apos; or transformers</source>
        <translation>条件の入れ子が深すぎます。括弧、&apos;not&apos;、変換関数が %1 段を超えています</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::RuleEvaluator</name>
    <message>
        <location filename="../core/rules/evaluation/RuleEvaluator.cpp" line="88"/>
        <source>%1 (in macro %2)</source>
        <translation>%1 (マクロ %2 内)</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/RuleEvaluator.cpp" line="113"/>
        <source>the evaluator reads aws_cloudtrail and gcp_auditlog events, not %1</source>
        <translation>評価エンジンが扱えるのは aws_cloudtrail と gcp_auditlog のイベントだけです (%1 は扱えません)</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::RulesLoader</name>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="274"/>
        <source>Could not read the file: %1</source>
        <translation>ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="306"/>
        <source>Rules content is not yaml array of objects</source>
        <translation>ルールの内容がオブジェクトの YAML 配列ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="327"/>
        <source>Unexpected element type. Each element should be a yaml associative array.</source>
        <translation>予期しない要素の型です。各要素は YAML の連想配列にしてください。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="343"/>
        <source>Unknown top level item</source>
        <translation>不明なトップレベル項目</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="353"/>
        <source>Unable to parse engine version &apos;%1&apos; as a semver string. Expected &quot;x.y.z&quot; semver format.</source>
        <translation>エンジンバージョン &apos;%1&apos; を semver として解析できません。&quot;x.y.z&quot; 形式が必要です。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="368"/>
        <source>Value of required_plugin_versions must be a sequence</source>
        <translation>required_plugin_versions の値はシーケンスにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="373"/>
        <source>Each plugin requirement must be a map with &apos;name&apos; and &apos;version&apos;</source>
        <translation>各プラグイン要件は &apos;name&apos; と &apos;version&apos; を持つマップにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="378"/>
        <location filename="../core/rules/RulesLoader.cpp" line="914"/>
        <source>Item has no mapping for key &apos;%1&apos;</source>
        <translation>項目にキー &apos;%1&apos; の対応がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="449"/>
        <source>Macro name is empty</source>
        <translation>マクロ名が空です</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="394"/>
        <source>Unknown key &apos;%1&apos;. The key will be ignored.</source>
        <translation>不明なキー &apos;%1&apos; です。このキーは無視されます。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="459"/>
        <source>Macro has an invalid name &apos;%1&apos;. Macro names should match a regular expression: %2</source>
        <translation>マクロ名 &apos;%1&apos; が無効です。マクロ名は正規表現 %2 に一致する必要があります</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="466"/>
        <source>Item has no mapping for key &apos;condition&apos;</source>
        <translation>項目にキー &apos;condition&apos; の対応がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="412"/>
        <location filename="../core/rules/RulesLoader.cpp" line="722"/>
        <source>Can&apos;t decode YAML boolean</source>
        <translation>YAML の真偽値を解釈できません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="471"/>
        <source>A macro override must map &apos;condition&apos; to &apos;append&apos; or &apos;replace&apos;</source>
        <translation>マクロの override では &apos;condition&apos; を &apos;append&apos; か &apos;replace&apos; に対応させてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="422"/>
        <source>Invalid override value &apos;%1&apos;: expected &apos;append&apos; or &apos;replace&apos;</source>
        <translation>無効な override の値 &apos;%1&apos; です。&apos;append&apos; か &apos;replace&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="472"/>
        <source>An override for macro &apos;%1&apos; was specified but no macro by that name already exists</source>
        <translation>マクロ &apos;%1&apos; の override が指定されましたが、その名前のマクロはまだありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="473"/>
        <source>Macro has &apos;append&apos; key but no macro by that name already exists</source>
        <translation>マクロに &apos;append&apos; キーがありますが、その名前のマクロはまだありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="507"/>
        <source>List name is empty</source>
        <translation>リスト名が空です</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="517"/>
        <source>List has an invalid name &apos;%1&apos;. List names should match a regular expression: %2</source>
        <translation>リスト名 &apos;%1&apos; が無効です。リスト名は正規表現 %2 に一致する必要があります</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="523"/>
        <source>Item has no mapping for key &apos;items&apos;</source>
        <translation>項目にキー &apos;items&apos; の対応がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="531"/>
        <source>Value of &apos;items&apos; must be a sequence</source>
        <translation>&apos;items&apos; の値はシーケンスにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="537"/>
        <source>List items must be strings or numbers</source>
        <translation>リストの項目は文字列か数値にしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="545"/>
        <source>A list override must map &apos;items&apos; to &apos;append&apos; or &apos;replace&apos;</source>
        <translation>リストの override では &apos;items&apos; を &apos;append&apos; か &apos;replace&apos; に対応させてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="546"/>
        <source>An override for list &apos;%1&apos; was specified but no list by that name already exists</source>
        <translation>リスト &apos;%1&apos; の override が指定されましたが、その名前のリストはまだありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="547"/>
        <source>List has &apos;append&apos; key but no list by that name already exists</source>
        <translation>リストに &apos;append&apos; キーがありますが、その名前のリストはまだありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="553"/>
        <source>Overriding/appending list with no values</source>
        <translation>値のないリストの上書き/追加</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="584"/>
        <source>Rule exceptions must be a sequence</source>
        <translation>ルールの exceptions はシーケンスにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="591"/>
        <source>Rule exception must be a mapping</source>
        <translation>ルールの例外はマッピングにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="596"/>
        <source>Item has no mapping for key &apos;name&apos;</source>
        <translation>項目にキー &apos;name&apos; の対応がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="603"/>
        <source>Multiple definitions of exception &apos;%1&apos; in the same rule</source>
        <translation>同じルールに例外 &apos;%1&apos; が複数定義されています</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="621"/>
        <source>Rule exception fields must be strings</source>
        <translation>ルールの例外の fields は文字列にしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="634"/>
        <location filename="../core/rules/RulesLoader.cpp" line="1193"/>
        <source>filter_check called with nonexistent field %1 (source %2).</source>
        <translation>存在しないフィールド %1 (ソース %2) で filter_check が呼ばれました。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="646"/>
        <source>Fields and comps lists must have equal length</source>
        <translation>fields と comps のリストは同じ長さにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="653"/>
        <source>Invalid comparison operator &apos;%1&apos;</source>
        <translation>無効な比較演算子 &apos;%1&apos; です</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="661"/>
        <source>Rule exception values must be a sequence</source>
        <translation>ルールの例外の values はシーケンスにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="667"/>
        <source>Expected values entry to be a string or a sequence</source>
        <translation>values の要素は文字列かシーケンスにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="671"/>
        <source>Expected values array to contain a list of strings</source>
        <translation>values の配列には文字列のリストが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="673"/>
        <source>Fields and values lists must have equal length</source>
        <translation>fields と values のリストは同じ長さにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="689"/>
        <source>Rule name is empty</source>
        <translation>ルール名が空です</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="704"/>
        <source>Mapping for key &apos;%1&apos; is empty</source>
        <translation>キー &apos;%1&apos; の対応が空です</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="710"/>
        <source>Value of &apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; の値は文字列にしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="733"/>
        <source>Value of &apos;tags&apos; must be a sequence</source>
        <translation>&apos;tags&apos; の値はシーケンスにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="739"/>
        <source>Each tag must be a string</source>
        <translation>各タグは文字列にしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="756"/>
        <source>Invalid priority &apos;%1&apos; (Falco accepts Emergency, Alert, Critical, Error, Warning, Notice, Informational or Debug, in any case)</source>
        <translation>無効な優先度 &apos;%1&apos; です (Falco が受け付けるのは大文字小文字を問わず Emergency、Alert、Critical、Error、Warning、Notice、Informational、Debug です)</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="781"/>
        <source>Rule has been re-defined with a different source (&apos;%1&apos; before, &apos;%2&apos; now)</source>
        <translation>ルールが別のソースで再定義されています (以前は &apos;%1&apos;、今回は &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="792"/>
        <source>Keys &apos;override&apos; and &apos;append: true&apos; cannot be used together</source>
        <translation>キー &apos;override&apos; と &apos;append: true&apos; は同時に使えません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="797"/>
        <source>Value of &apos;override&apos; must be a map of keys to &apos;append&apos; or &apos;replace&apos;</source>
        <translation>&apos;override&apos; の値はキーから &apos;append&apos; か &apos;replace&apos; へのマップにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="809"/>
        <source>Key &apos;%1&apos; cannot be overridden with &apos;%2&apos;</source>
        <translation>キー &apos;%1&apos; は &apos;%2&apos; で上書きできません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="815"/>
        <source>An override for &apos;%1&apos; was specified but &apos;%1&apos; is not defined</source>
        <translation>&apos;%1&apos; の override が指定されましたが、&apos;%1&apos; が定義されていません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="827"/>
        <source>Unexpected key &apos;%1&apos;: no corresponding entry under &apos;override&apos; is defined.</source>
        <translation>予期しないキー &apos;%1&apos; です。&apos;override&apos; の下に対応する項目が定義されていません。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="833"/>
        <source>An override for rule &apos;%1&apos; was specified but no rule by that name already exists</source>
        <translation>ルール &apos;%1&apos; の override が指定されましたが、その名前のルールはまだありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="874"/>
        <source>Rule has &apos;append&apos; key but no rule by that name already exists</source>
        <translation>ルールに &apos;append&apos; キーがありますが、その名前のルールはまだありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="895"/>
        <source>Item has no mapping for key &apos;enabled&apos;</source>
        <translation>項目にキー &apos;enabled&apos; の対応がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="900"/>
        <source>Rule has &apos;enabled&apos; key but no rule by that name already exists</source>
        <translation>ルールに &apos;enabled&apos; キーがありますが、その名前のルールはまだありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="989"/>
        <source>Macro not referred to by any other rule/macro</source>
        <translation>どのルール/マクロからも参照されていないマクロです</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="996"/>
        <source>List not referred to by any other rule/macro</source>
        <translation>どのルール/マクロからも参照されていないリストです</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1006"/>
        <source>Undefined macro &apos;%1&apos; used in filter.</source>
        <translation>未定義のマクロ &apos;%1&apos; がフィルターで使われています。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1019"/>
        <source>Unknown source %1, skipping: no field catalog describes it</source>
        <translation>不明なソース %1 のため検査を省きます。これを記述するフィールドカタログがありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1085"/>
        <source>filter_check called with nonexistent field %1: the rule has no &apos;source&apos; key, so Falco reads it as a syscall rule, but its fields belong to source %2.</source>
        <translation>存在しないフィールド %1 で filter_check が呼ばれました。ルールに &apos;source&apos; キーがないため Falco は syscall のルールとして読み込みますが、そのフィールドはソース %2 のものです。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1089"/>
        <source>Without &apos;source&apos;, Falco compiles a rule against the syscall fields.</source>
        <translation>&apos;source&apos; がないと、Falco はルールを syscall のフィールドでコンパイルします。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1095"/>
        <location filename="../core/rules/RulesLoader.cpp" line="1197"/>
        <source>Rule &apos;%1&apos; is skipped (skip-if-unknown-filter): %2</source>
        <translation>ルール &apos;%1&apos; は省かれます (skip-if-unknown-filter): %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1111"/>
        <source>Comparing a field with &lt;NA&gt; is unsafe: the field may not return &lt;NA&gt; when it has no value. Use &apos;exists&apos; to test whether it has one.</source>
        <translation>フィールドと &lt;NA&gt; の比較は安全ではありません。値がないときにフィールドが &lt;NA&gt; を返すとは限りません。値があるかどうかは &apos;exists&apos; で調べてください。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1122"/>
        <source>Field &apos;%1&apos; is deprecated and used in the output: %2</source>
        <translation>非推奨のフィールド &apos;%1&apos; が出力で使われています: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1182"/>
        <source>&apos;%1&apos; is the closest priority Falco has.</source>
        <translation>Falco の優先度で最も近いのは &apos;%1&apos; です。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1207"/>
        <source>Field &apos;%1&apos; is deprecated: %2</source>
        <translation>フィールド &apos;%1&apos; は非推奨です: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1242"/>
        <source>invalid formatting token %%1: no field &apos;%1&apos; in source %2.</source>
        <translation>無効な書式トークン %%1 です。ソース %2 にフィールド &apos;%1&apos; はありません。</translation>
    </message>
</context>
</TS>
