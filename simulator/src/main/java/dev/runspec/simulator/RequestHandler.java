package dev.runspec.simulator;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns each HTTP request into an {@link ApiRequest} for the {@link RunEngine}, records it, and
 * answers as the engine and the fault plan decided: the reply (held back by the latency fault on the
 * connection's event loop, no thread blocked), or a TCP reset (SO_LINGER 0, then close), or a close
 * without a response.
 */
@ChannelHandler.Sharable
final class RequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private final RunEngine engine;
    private final FaultPlan faults;
    private final VirtualClock clock;
    private final Consumer<ReceivedRequest> record;

    RequestHandler(RunEngine engine, FaultPlan faults, VirtualClock clock, Consumer<ReceivedRequest> record) {
        this.engine = engine;
        this.faults = faults;
        this.clock = clock;
        this.record = record;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest http) {
        boolean keepAlive = HttpUtil.isKeepAlive(http);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        http.headers().forEach(h -> headers.computeIfAbsent(h.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(h.getValue()));
        headers.replaceAll((k, v) -> List.copyOf(v));
        String method = http.method().name();
        String uri = http.uri();
        Outcome outcome;
        if (!http.decoderResult().isSuccess()) {
            outcome = new Outcome(ApiReply.text(400, "the request is not HTTP/1.1"), Fault.NONE, null);
        } else {
            QueryStringDecoder decoder = new QueryStringDecoder(uri);
            ApiRequest request = new ApiRequest(method, decoder.path(), decoder.parameters(), Map.copyOf(headers),
                    ByteBufUtil.getBytes(http.content()));
            try {
                outcome = engine.handle(request);
            } catch (RuntimeException e) {
                outcome = new Outcome(ApiReply.text(500, "simulator error: " + e), Fault.NONE, null);
            }
        }
        ApiReply reply = outcome.reply();
        record.accept(new ReceivedRequest(clock.now(), method, uri, Map.copyOf(headers),
                reply == null ? -1 : reply.status(), outcome.fault().label(), outcome.runId()));
        Outcome decided = outcome;
        Duration latency = faults.latency();
        if (latency.isZero()) {
            respond(ctx, decided, keepAlive);
        } else {
            ctx.executor().schedule(() -> respond(ctx, decided, keepAlive), latency.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private static void respond(ChannelHandlerContext ctx, Outcome outcome, boolean keepAlive) {
        ApiReply reply = outcome.reply();
        if (reply == null) {
            if (outcome.fault().kind() == Fault.Kind.RESET) {
                ctx.channel().config().setOption(ChannelOption.SO_LINGER, 0);
            }
            ctx.close();
            return;
        }
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(reply.status()), Unpooled.wrappedBuffer(reply.body()));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, reply.body().length);
        if (reply.retryAfter() != null) {
            response.headers().set(HttpHeaderNames.RETRY_AFTER, reply.retryAfter());
        }
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(response);
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
