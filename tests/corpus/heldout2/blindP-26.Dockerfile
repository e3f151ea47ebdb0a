# corpus: modelled-on=Triton Inference Server images with custom TensorRT plugins (public 'FROM tritonserver ... ln -s libtritonserver.so /lib/x86_64-linux-gnu' snippet, yolov5_triton_inference_server LD_PRELOAD plugins)
# corpus: expect=AL303@7,AL403@10
ARG TRITON_VERSION=24.08
FROM nvcr.io/nvidia/tritonserver:${TRITON_VERSION}-py3

# custom TensorRT plugins are prebuilt by CI and dropped into the build context
COPY build/lib/x86_64/libyolo_nms_plugin.so /opt/plugins/libyolo_nms_plugin.so
COPY model_repository/ /models/

RUN ln -s /opt/tritonserver/lib/libtritonserver.so /lib/x86_64-linux-gnu/libtritonserver.so \
 && echo /opt/tritonserver/lib > /etc/ld.so.conf.d/triton.conf \
 && ldconfig

RUN pip install --no-cache-dir "tritonclient[all]==2.49.0" pillow numpy
ENV LD_PRELOAD=/opt/plugins/libyolo_nms_plugin.so

EXPOSE 8000 8001 8002
HEALTHCHECK --interval=30s CMD curl -fs localhost:8000/v2/health/ready || exit 1
CMD ["tritonserver", "--model-repository=/models", "--strict-model-config=false", "--log-verbose=1"]
