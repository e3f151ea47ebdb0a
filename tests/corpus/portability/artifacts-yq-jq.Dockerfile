# corpus: modelled-on=GitOps tool images downloading yq and jq 1.6
# corpus: expect=AL301@4,AL301@6
FROM alpine:3.20
RUN wget -qO /usr/local/bin/yq https://github.com/mikefarah/yq/releases/download/v4.44.2/yq_linux_amd64 \
 && chmod +x /usr/local/bin/yq
RUN wget -qO /usr/local/bin/jq https://github.com/stedolan/jq/releases/download/jq-1.6/jq-linux64 \
 && chmod +x /usr/local/bin/jq
