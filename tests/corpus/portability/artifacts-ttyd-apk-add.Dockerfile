# corpus: modelled-on=terminal-in-browser images adding ttyd and a k9s .apk release asset
# corpus: expect=AL301@7,AL301@8
FROM alpine:3.20
ARG TTYD_VERSION=1.7.7
ARG K9S_VERSION=0.32.5
RUN apk add --no-cache bash tini
ADD https://github.com/tsl0922/ttyd/releases/download/${TTYD_VERSION}/ttyd.x86_64 /usr/local/bin/ttyd
ADD https://github.com/derailed/k9s/releases/download/v${K9S_VERSION}/k9s_linux_amd64.apk /tmp/k9s.apk
RUN apk add --allow-untrusted /tmp/k9s.apk && chmod +x /usr/local/bin/ttyd
