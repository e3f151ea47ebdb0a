# corpus: modelled-on=entrypoint adding UseAVX only on x86_64
# corpus: expect=
FROM eclipse-temurin:21-jre
COPY app.jar /app.jar
RUN printf '#!/bin/sh\nexec java $EXTRA -jar /app.jar\n' > /run.sh && chmod +x /run.sh
RUN if [ "$(uname -m)" = "x86_64" ]; then java -XX:UseAVX=2 -version; fi
ENTRYPOINT ["/run.sh"]
