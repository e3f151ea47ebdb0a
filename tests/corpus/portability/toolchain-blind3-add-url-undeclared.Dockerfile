# corpus: modelled-on=ADD of a release asset with TARGETARCH but no ARG (blind batch 3: labelled before running archlint)
# corpus: expect=AL203@4
FROM alpine:3.20
ADD --chmod=755 https://github.com/example/tool/releases/download/v1.2.3/tool_linux_${TARGETARCH} /usr/local/bin/tool
