# corpus: modelled-on=grafana-oss ubuntu images extended with plugins and Chrome for server-side panel rendering (grafana-image-renderer setups)
# corpus: expect=AL304@18
FROM grafana/grafana-oss:10.4.2-ubuntu

USER root
ENV GF_PATHS_PLUGINS=/var/lib/grafana-plugins \
    GF_PLUGIN_RENDERING_CHROME_BIN=/usr/bin/google-chrome-stable \
    GF_RENDERING_RENDERER_TOKEN=changeme

# headless Chrome for PNG/PDF report rendering
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl gnupg ca-certificates \
 && curl -fsSL https://dl.google.com/linux/linux_signing_key.pub \
    | gpg --dearmor -o /usr/share/keyrings/google-chrome.gpg \
 && echo "deb [signed-by=/usr/share/keyrings/google-chrome.gpg] http://dl.google.com/linux/chrome/deb/ stable main" \
    > /etc/apt/sources.list.d/google-chrome.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends google-chrome-stable fonts-liberation fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/*

RUN mkdir -p "$GF_PATHS_PLUGINS" \
 && grafana cli --pluginsDir "$GF_PATHS_PLUGINS" plugins install grafana-clock-panel \
 && grafana cli --pluginsDir "$GF_PATHS_PLUGINS" plugins install grafana-image-renderer \
 && chown -R grafana:root "$GF_PATHS_PLUGINS"

COPY provisioning/ /etc/grafana/provisioning/
COPY dashboards/ /var/lib/grafana/dashboards/

USER grafana
