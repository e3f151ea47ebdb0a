# corpus: modelled-on=ENV holding the whole download URL
# corpus: expect=AL301@4
FROM alpine:3.20
ENV CLOUDFLARED_URL=https://github.com/cloudflare/cloudflared/releases/download/2024.6.1/cloudflared-linux-amd64
RUN wget -O /usr/local/bin/cloudflared "$CLOUDFLARED_URL" && chmod +x /usr/local/bin/cloudflared
