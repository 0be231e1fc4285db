package ai.mihu.sdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.ObjectMappers;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The peer measured the same way as the SDK: openai-java creating a chat completion, and the same
 * call written by hand over OkHttp (the transport openai-java's {@code OpenAIOkHttpClient} uses),
 * sending the same JSON bytes with the same token and decoding the answer into the same
 * {@link ChatCompletion} model with openai-java's own Jackson mapper. What the first costs beyond
 * the second is openai-java's own layers.
 */
public final class ChatClients implements AutoCloseable {

    /** The token both clients send; the canned server does not check it. */
    public static final String API_KEY = "benchmark-key";

    private static final MediaType JSON = MediaType.get("application/json");

    private final OpenAIClient openAi;
    private final ChatCompletionCreateParams params;
    private final OkHttpClient http = new OkHttpClient();
    private final String completionsUrl;
    private final String authorization = "Bearer " + API_KEY;
    private final ObjectWriter writer;
    private final ObjectReader reader;

    /**
     * Builds both clients.
     *
     * @param baseUrl the server, such as {@code http://127.0.0.1:40123}
     */
    public ChatClients(String baseUrl) {
        this.openAi = OpenAIOkHttpClient.builder()
                .baseUrl(baseUrl + "/v1")
                .apiKey(API_KEY)
                .build();
        this.params = ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O_MINI)
                .addSystemMessage("You answer questions for Northwind Outfitters in two sentences at most.")
                .addUserMessage("Do you rent tents?")
                .build();
        this.completionsUrl = baseUrl + "/v1/chat/completions";
        ObjectMapper mapper = ObjectMappers.jsonMapper();
        this.writer = mapper.writer();
        this.reader = mapper.readerFor(ChatCompletion.class);
    }

    /**
     * One chat completion through openai-java.
     *
     * @return the completion
     */
    public ChatCompletion openAiJava() {
        return openAi.chat().completions().create(params);
    }

    /**
     * The same chat completion by hand over OkHttp.
     *
     * @return the completion
     */
    public ChatCompletion rawOkHttp() {
        try {
            Request post = new Request.Builder()
                    .url(completionsUrl)
                    .header("Authorization", authorization)
                    .header("Accept", "application/json")
                    .post(RequestBody.create(writer.writeValueAsBytes(params._body()), JSON))
                    .build();
            try (Response response = http.newCall(post).execute()) {
                if (!response.isSuccessful()) {
                    throw new IllegalStateException("HTTP " + response.code());
                }
                return reader.readValue(response.body().bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The request body both clients send, for checking that they send the same bytes.
     *
     * @return the JSON bytes of the parameters
     */
    public byte[] requestBytes() {
        try {
            return writer.writeValueAsBytes(params._body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes both clients. */
    @Override
    public void close() {
        openAi.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
