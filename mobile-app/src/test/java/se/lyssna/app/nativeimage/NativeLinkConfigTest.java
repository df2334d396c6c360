package se.lyssna.app.nativeimage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import se.lyssna.app.nav.AppLink;

/**
 * The phone builds let the code letter's QR link open the app, and they name the very link the letters print
 * (backend {@code lyssna.app-link} + {@code ?kod=<code>}): the Android intent filter, the iOS associated domain and
 * URL scheme, and the bundle ID and executable gluonfx builds. Neither phone build runs here (no GraalVM), so this
 * is what keeps their configuration from drifting from the letters.
 */
class NativeLinkConfigTest {
    private static final String CODE = "K7QM-3XTB-9HWP";
    private final URI letterLink = URI.create(appLink());

    private static String appLink() {
        try (var in = Files.newBufferedReader(Path.of("../backend/src/main/resources/application.properties"))) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("lyssna.app-link");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Document xml(String file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // The plists name Apple's DTD; it is not fetched (no network), only the elements matter.
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(Path.of(file).toFile());
    }

    @Test
    void theLettersLink_opensTheAppWithTheCodeFilledIn() {
        assertThat(letterLink.getScheme()).isEqualTo("https");
        assertThat(AppLink.code(letterLink + "?kod=" + CODE)).hasValue(CODE);
        assertThat(AppLink.code("lyssna:/" + letterLink.getPath() + "?kod=" + CODE)).hasValue(CODE);
    }

    @Test
    void android_mainActivityHandlesTheLettersLinkAsAVerifiedAppLink() throws Exception {
        Document manifest = xml("src/android/AndroidManifest.xml");
        String android = "http://schemas.android.com/apk/res/android";
        List<Element> filters = new ArrayList<>();
        NodeList activities = manifest.getElementsByTagName("activity");
        for (int i = 0; i < activities.getLength(); i++) {
            Element activity = (Element) activities.item(i);
            if (activity.getAttributeNS(android, "name").equals("com.gluonhq.helloandroid.MainActivity")) {
                NodeList f = activity.getElementsByTagName("intent-filter");
                for (int j = 0; j < f.getLength(); j++) {
                    filters.add((Element) f.item(j));
                }
            }
        }
        assertThat(filters).as("MainActivity's intent filters").anySatisfy(filter -> {
            assertThat(filter.getAttributeNS(android, "autoVerify")).isEqualTo("true");
            assertThat(names(filter, "action", android)).contains("android.intent.action.VIEW");
            assertThat(names(filter, "category", android)).contains("android.intent.category.DEFAULT",
                    "android.intent.category.BROWSABLE");
            Element data = (Element) filter.getElementsByTagName("data").item(0);
            assertThat(data.getAttributeNS(android, "scheme")).isEqualTo(letterLink.getScheme());
            assertThat(data.getAttributeNS(android, "host")).isEqualTo(letterLink.getHost());
            assertThat(data.getAttributeNS(android, "pathPrefix")).isEqualTo(letterLink.getPath());
        });
        assertThat(names(manifest.getDocumentElement(), "action", android)).as("still launchable")
                .contains("android.intent.action.MAIN");
    }

    @Test
    void ios_universalLinkDomain_urlScheme_andTheBundleGluonfxBuilds() throws Exception {
        Document info = xml("src/ios/Default-Info.plist");
        Document entitlements = xml("src/ios/Entitlements.plist");
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(strings(entitlements, "com.apple.developer.associated-domains"))
                .contains("applinks:" + letterLink.getHost());
        assertThat(strings(info, "CFBundleURLTypes")).contains("lyssna");
        String bundleId = strings(info, "CFBundleIdentifier").get(0);
        assertThat(pom).contains("<appIdentifier>" + bundleId + "</appIdentifier>");
        // gluonfx names the binary after the module's Maven name; the plist must say the same, or iOS cannot start it.
        assertThat(pom).contains("<name>" + strings(info, "CFBundleExecutable").get(0) + "</name>");
    }

    private static List<String> names(Element parent, String tag, String ns) {
        List<String> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((Element) nodes.item(i)).getAttributeNS(ns, "name"));
        }
        return out;
    }

    /** Every string under the value that follows {@code <key>key</key>} in a plist's top dict. */
    private static List<String> strings(Document plist, String key) {
        NodeList keys = plist.getElementsByTagName("key");
        for (int i = 0; i < keys.getLength(); i++) {
            if (keys.item(i).getTextContent().equals(key) && keys.item(i).getParentNode().getParentNode()
                    .getNodeName().equals("plist")) {
                Node value = keys.item(i).getNextSibling();
                while (value != null && value.getNodeType() != Node.ELEMENT_NODE) {
                    value = value.getNextSibling();
                }
                List<String> out = new ArrayList<>();
                if (value.getNodeName().equals("string")) {
                    out.add(value.getTextContent());
                }
                NodeList inner = ((Element) value).getElementsByTagName("string");
                for (int j = 0; j < inner.getLength(); j++) {
                    out.add(inner.item(j).getTextContent());
                }
                return out;
            }
        }
        return List.of();
    }
}
