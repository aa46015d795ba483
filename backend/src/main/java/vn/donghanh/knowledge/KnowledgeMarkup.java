package vn.donghanh.knowledge;

import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A page body's Markdown (CommonMark) as HTML that is safe to serve to anyone: raw HTML in the
 * Markdown is escaped and shown as text (so a {@code <script>} is harmless words), links keep only
 * http, https, mailto and tel (a {@code javascript:} link loses its address), and images are shown
 * as their description, since a picture from another site would tell that site who reads the page.
 * A body's {@code # heading} becomes an {@code <h2>} like {@code ##}: the page's title is its only {@code <h1>}.
 */
final class KnowledgeMarkup {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel")))
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                    if (attributes.getOrDefault("href", "").isEmpty()) {
                        // An address the sanitiser dropped: words, not a link back to this page.
                        attributes.remove("href");
                    }
                }
            })
            .nodeRendererFactory(ImageAsWords::new)
            .build();

    private KnowledgeMarkup() {}

    static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.max(2, heading.getLevel()));
                visitChildren(heading);
            }
        });
        return RENDERER.render(document);
    }

    /** An image written as its description, in words, with nothing fetched. */
    private static final class ImageAsWords implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        ImageAsWords(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            StringBuilder words = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    words.append(text.getLiteral());
                }
            });
            context.getWriter().text(words.toString());
        }
    }
}
